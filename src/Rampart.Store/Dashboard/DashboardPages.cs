using System.Globalization;
using Microsoft.AspNetCore.Http;
using Rampart.Store.Api;
using Rampart.Store.Auth;

namespace Rampart.Store.Dashboard;

/// <summary>
/// The pages, for a caller with read access: a team token sees its own team (and that team's findings) only, the
/// admin every team. Another team's page or finding is 403, the same whether it exists or not.
/// </summary>
internal sealed class DashboardPages(FindingStore store, DashboardQueries queries)
{
    public const int TrendDays = 30;

    public async Task<(int, string)> Overview(HttpContext context, Caller caller, bool session)
    {
        var teams = await store.Queries.TeamsAsync(caller.Team, context.RequestAborted).ConfigureAwait(false);
        return (StatusCodes.Status200OK, OverviewPage.Render(teams, caller.Team, session));
    }

    public async Task<(int, string)> Team(HttpContext context, Caller caller, bool session)
    {
        var (name, error) = QueryReader.Name(context.Request.Query, "name");
        var (days, daysError) = QueryReader.Number(context.Request.Query, "days", 7, 365, TrendDays);
        if ((error ?? daysError) is { } bad)
        {
            return (StatusCodes.Status400BadRequest, Layout.Message("Bad request", $"{bad.At}: {bad.Error}", session));
        }

        var team = name?.ToLowerInvariant() ?? caller.Team;
        if (team is null)
        {
            return (StatusCodes.Status400BadRequest, Layout.Message("Which team?", "Choose a team on the overview.", session));
        }

        if (caller.Team is { } own && own != team)
        {
            return (StatusCodes.Status403Forbidden, Layout.Message("Not allowed", $"This login reads team {own} only.", session));
        }

        var dashboard = await queries.TeamAsync(team, (int)days, context.RequestAborted).ConfigureAwait(false);
        return (StatusCodes.Status200OK, TeamPage.Render(dashboard, store.Options.LinkTemplate, queries.Now(), session));
    }

    public async Task<(int, string)> Finding(HttpContext context, Caller caller, bool session)
    {
        var text = context.Request.RouteValues["id"]?.ToString() ?? "";
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return (StatusCodes.Status400BadRequest, Layout.Message("Bad request", "A finding id is a whole number.", session));
        }

        if (caller.Team is { } team && !await store.Queries.OwnsAsync(team, id, context.RequestAborted).ConfigureAwait(false))
        {
            return (StatusCodes.Status403Forbidden, Layout.Message("Not allowed", $"Finding {id} is not one of team {team}'s.", session));
        }

        var detail = await store.Queries.FindingAsync(id, context.RequestAborted).ConfigureAwait(false);
        if (detail is null)
        {
            return (StatusCodes.Status404NotFound, Layout.Message("Not found", $"There is no finding {id}.", session));
        }

        var commit = await queries.CommitOfAsync(id, context.RequestAborted).ConfigureAwait(false);
        return (StatusCodes.Status200OK, FindingPage.Render(detail, commit, store.Options.LinkTemplate, session));
    }
}
