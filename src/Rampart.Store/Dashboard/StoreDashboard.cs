using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Rampart.Store.Auth;

namespace Rampart.Store.Dashboard;

/// <summary>
/// The findings dashboard under <c>/dashboard</c> (docs/store.md): server-rendered HTML and SVG, no script. Pages need
/// a read credential: a Bearer token as for the API, or the session cookie that the login form sets.
/// </summary>
public static class StoreDashboard
{
    public const string Prefix = "/dashboard";

    public static IEndpointRouteBuilder MapRampartDashboard(this IEndpointRouteBuilder app, FindingStore store, StoreAuth auth)
    {
        var access = new DashboardAccess(auth, new DashboardSessions(store.Dialect, store.Clock, auth));
        var pages = new DashboardPages(store, new DashboardQueries(store.Dialect, store.Clock));
        var login = new DashboardLogin(access);
        var guard = new DashboardGuard(access);
        app.MapGet($"{Prefix}/style.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(Stylesheet.Css, "text/css; charset=utf-8");
        });
        app.MapGet($"{Prefix}/login", DashboardLogin.Form);
        app.MapPost($"{Prefix}/login", login.Submit);
        app.MapPost($"{Prefix}/logout", login.Logout);
        app.MapGet(Prefix, context => guard.Run(context, pages.Overview));
        app.MapGet($"{Prefix}/team", context => guard.Run(context, pages.Team));
        app.MapGet($"{Prefix}/findings/{{id}}", context => guard.Run(context, pages.Finding));
        return app;
    }
}
