using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Rampart.Store.Auth;

namespace Rampart.Store.Dashboard;

/// <summary>
/// Runs a page for a caller with read access and times it. Without a valid credential a browser is sent to the login
/// form (303), and a request with a bad Bearer token gets 401; an upload token gets 403. The page's server time goes
/// into a <c>Server-Timing</c> header (<c>page;dur=MS</c>).
/// </summary>
internal sealed class DashboardGuard(DashboardAccess access)
{
    public async Task Run(HttpContext context, Func<HttpContext, Caller, bool, Task<(int Status, string Html)>> page)
    {
        var clock = Stopwatch.StartNew();
        var (caller, bearer) = await access.CallerAsync(context).ConfigureAwait(false);
        if (caller is null)
        {
            if (bearer)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await DashboardResponse.Html(context, StatusCodes.Status401Unauthorized,
                    Layout.Message("Not logged in", "The Bearer token is not valid.", false)).ConfigureAwait(false);
                return;
            }

            DashboardResponse.Redirect(context, "/dashboard/login?return=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
            return;
        }

        var session = !bearer;
        if (!caller.May(TokenScope.Read))
        {
            await DashboardResponse.Html(context, StatusCodes.Status403Forbidden,
                Layout.Message("Not allowed", "An upload token cannot read the dashboard; use a read token.", session)).ConfigureAwait(false);
            return;
        }

        var (status, html) = await page(context, caller, session).ConfigureAwait(false);
        context.Response.Headers["Server-Timing"] = "page;dur=" + clock.Elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);
        await DashboardResponse.Html(context, status, html).ConfigureAwait(false);
    }
}
