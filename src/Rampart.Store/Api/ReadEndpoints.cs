using Microsoft.AspNetCore.Http;
using Rampart.Store.Auth;
using Rampart.Store.Queries;

namespace Rampart.Store.Api;

/// <summary>The read endpoints; a team token sees only its own team's findings, the admin token sees all.</summary>
internal sealed class ReadEndpoints(FindingStore store, StoreApiOptions limits)
{
    public async Task<IResult> Findings(HttpContext context, Caller caller)
    {
        var (filter, error) = QueryReader.Filter(context.Request.Query);
        if (error is not null)
        {
            return StoreApi.BadRequest(error);
        }

        if (TeamScope(caller, filter!.Team) is { } denied)
        {
            return denied;
        }

        var page = await store.Queries.FindingsAsync(filter with { Team = caller.Team ?? filter.Team }, context.RequestAborted).ConfigureAwait(false);
        return Results.Json(page);
    }

    public async Task<IResult> Finding(HttpContext context, Caller caller, string id)
    {
        if (!long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return StoreApi.BadRequest(new ApiError("a finding id is a whole number", "id"));
        }

        if (caller.Team is { } team && !await store.Queries.OwnsAsync(team, number, context.RequestAborted).ConfigureAwait(false))
        {
            // The same answer whether the finding exists or belongs to another team: a token learns nothing of others.
            return StoreApi.Forbidden($"finding {number} is not one of team {team}'s");
        }

        var detail = await store.Queries.FindingAsync(number, context.RequestAborted).ConfigureAwait(false);
        return detail is null ? Results.Json(new ApiError($"no finding {number}"), statusCode: StatusCodes.Status404NotFound) : Results.Json(detail);
    }

    public async Task<IResult> Teams(HttpContext context, Caller caller) =>
        Results.Json(await store.Queries.TeamsAsync(caller.Team, context.RequestAborted).ConfigureAwait(false));

    public async Task<IResult> Trends(HttpContext context, Caller caller)
    {
        var (filter, error) = QueryReader.Filter(context.Request.Query);
        var (days, daysError) = QueryReader.Number(context.Request.Query, "days", 1, limits.MaxTrendDays, 30);
        if ((error ?? daysError) is { } bad)
        {
            return StoreApi.BadRequest(bad);
        }

        if (TeamScope(caller, filter!.Team) is { } denied)
        {
            return denied;
        }

        var points = await store.Queries.TrendsAsync(filter with { Team = caller.Team ?? filter.Team }, (int)days, context.RequestAborted).ConfigureAwait(false);
        return Results.Json(points);
    }

    private static IResult? TeamScope(Caller caller, string? asked) =>
        caller.Team is { } team && asked is not null && asked != team ? StoreApi.Forbidden($"this token reads team {team} only") : null;
}
