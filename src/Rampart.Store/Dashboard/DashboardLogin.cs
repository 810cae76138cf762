using Microsoft.AspNetCore.Http;
using Rampart.Store.Auth;

namespace Rampart.Store.Dashboard;

/// <summary>
/// The login form and logout. A posted token is checked once and exchanged for a session cookie (Secure, HttpOnly,
/// SameSite=Strict); posts from another origin are refused (403).
/// </summary>
internal sealed class DashboardLogin(DashboardAccess access)
{
    private const int MaxForm = 4096;
    private const int MaxToken = 512;
    private const int MaxReturn = 1024;

    public static Task Form(HttpContext context) =>
        DashboardResponse.Html(context, StatusCodes.Status200OK, LoginPage.Render(ReturnTo(context.Request.Query["return"].ToString()), null));

    public async Task Submit(HttpContext context)
    {
        if (await ReadForm(context).ConfigureAwait(false) is not { } form)
        {
            return;
        }

        var returnTo = ReturnTo(form["return"].ToString());
        var token = form["token"].ToString().Trim();
        var caller = token.Length is > 0 and <= MaxToken ? await access.LoginAsync(token, context.RequestAborted).ConfigureAwait(false) : null;
        if (caller is null)
        {
            await DashboardResponse.Html(context, StatusCodes.Status401Unauthorized, LoginPage.Render(returnTo, "That token is not valid.")).ConfigureAwait(false);
            return;
        }

        if (!caller.May(TokenScope.Read))
        {
            await DashboardResponse.Html(context, StatusCodes.Status403Forbidden,
                LoginPage.Render(returnTo, "An upload token cannot read the dashboard; use a read token.")).ConfigureAwait(false);
            return;
        }

        await access.StartSessionAsync(context, token).ConfigureAwait(false);
        DashboardResponse.Redirect(context, returnTo);
    }

    public async Task Logout(HttpContext context)
    {
        if (await ReadForm(context).ConfigureAwait(false) is null)
        {
            return;
        }

        await access.EndSessionAsync(context).ConfigureAwait(false);
        DashboardResponse.Redirect(context, "/dashboard/login");
    }

    /// <summary>A page of this dashboard to go back to after login; anything else (another host, a scheme) is the overview.</summary>
    internal static string ReturnTo(string value) =>
        value.StartsWith("/dashboard", StringComparison.Ordinal) && value.Length <= MaxReturn && !value.Contains('\\', StringComparison.Ordinal)
        && !value.Any(char.IsControl) && !value.StartsWith("/dashboard/login", StringComparison.Ordinal)
            ? value
            : "/dashboard";

    /// <summary>The form of a same-origin post of at most <see cref="MaxForm"/> bytes; otherwise answers and returns null.</summary>
    private static async Task<IFormCollection?> ReadForm(HttpContext context)
    {
        var request = context.Request;
        if (!DashboardAccess.SameOrigin(request))
        {
            await DashboardResponse.Html(context, StatusCodes.Status403Forbidden,
                Layout.Message("Refused", "A form post must come from this dashboard (Origin header).", false)).ConfigureAwait(false);
            return null;
        }

        if (!request.HasFormContentType || request.ContentLength is null or > MaxForm)
        {
            await DashboardResponse.Html(context, StatusCodes.Status400BadRequest,
                Layout.Message("Bad request", $"A form of at most {MaxForm} bytes is expected.", false)).ConfigureAwait(false);
            return null;
        }

        return await request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
