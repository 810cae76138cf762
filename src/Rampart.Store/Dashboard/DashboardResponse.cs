using System.Text;
using Microsoft.AspNetCore.Http;

namespace Rampart.Store.Dashboard;

/// <summary>Writes a dashboard page with the headers every page carries: no caching, no framing, no script, no sniffing.</summary>
internal static class DashboardResponse
{
    public const string Policy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static Task Html(HttpContext context, int status, string html)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = Policy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "same-origin";
        return response.Body.WriteAsync(Encoding.UTF8.GetBytes(html), context.RequestAborted).AsTask();
    }

    public static void Redirect(HttpContext context, string to)
    {
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = to;
        context.Response.Headers.CacheControl = "no-store";
    }
}
