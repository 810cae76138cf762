using Microsoft.AspNetCore.Http;
using Rampart.Store.Auth;

namespace Rampart.Store.Dashboard;

/// <summary>
/// Who is asking: an <c>Authorization: Bearer</c> token as for the API, else the session cookie of the login form.
/// Form posts must come from the dashboard's own origin (the <c>Origin</c> header, or <c>Referer</c> without it).
/// </summary>
internal sealed class DashboardAccess(StoreAuth auth, DashboardSessions sessions)
{
    /// <summary>The session cookie: <c>__Host-</c> so that it is Secure, host-only and for path <c>/</c>.</summary>
    public const string Cookie = "__Host-rampart-session";

    private const int MaxCookie = 128;

    /// <summary>The caller, null without a valid credential; <c>Bearer</c> tells whether a header was given.</summary>
    public async Task<(Caller? Caller, bool Bearer)> CallerAsync(HttpContext context)
    {
        if (context.Request.Headers.Authorization.Count > 0)
        {
            return (await auth.AuthenticateAsync(context.Request).ConfigureAwait(false), true);
        }

        return context.Request.Cookies[Cookie] is { Length: > 0 and <= MaxCookie } id
            ? (await sessions.FindAsync(id, context.RequestAborted).ConfigureAwait(false), false)
            : (null, false);
    }

    public Task<Caller?> LoginAsync(string token, CancellationToken cancellation) => auth.AuthenticateTokenAsync(token, cancellation);

    public async Task StartSessionAsync(HttpContext context, string token)
    {
        var id = await sessions.CreateAsync(token, context.RequestAborted).ConfigureAwait(false);
        context.Response.Cookies.Append(Cookie, id, Options());
    }

    public async Task EndSessionAsync(HttpContext context)
    {
        if (context.Request.Cookies[Cookie] is { Length: > 0 and <= MaxCookie } id)
        {
            await sessions.EndAsync(id, context.RequestAborted).ConfigureAwait(false);
        }

        context.Response.Cookies.Delete(Cookie, Options());
    }

    /// <summary>Whether a POST comes from this host: its <c>Origin</c> (or, lacking one, <c>Referer</c>) names the request's host.</summary>
    public static bool SameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            origin = request.Headers.Referer.ToString();
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    private static CookieOptions Options() => new()
    {
        Secure = true,
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Path = "/",
        IsEssential = true,
    };
}
