using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Rampart.Store.Auth;
using Rampart.Store.Ingest;

namespace Rampart.Store.Api;

/// <summary>
/// The store's HTTP API under <c>/api/v1</c> (docs/api.md): upload a scan, list and read findings, teams, trends,
/// and the OpenAPI document. Every endpoint needs a Bearer token: none or an unknown one is 401, the wrong scope or
/// another team's data is 403.
/// </summary>
public static class StoreApi
{
    public const string Prefix = "/api/v1";

    public static IEndpointRouteBuilder MapRampartStoreApi(this IEndpointRouteBuilder app, FindingStore store, StoreAuth auth, StoreApiOptions? options = null)
    {
        var limits = options ?? new StoreApiOptions();
        var reads = new ReadEndpoints(store, limits);
        app.MapPost($"{Prefix}/scans", (Func<HttpContext, Task<IResult>>)(context => Guard(context, auth, TokenScope.Upload, caller => Upload(context, store, limits))));
        app.MapGet($"{Prefix}/findings", (Func<HttpContext, Task<IResult>>)(context => Guard(context, auth, TokenScope.Read, caller => reads.Findings(context, caller))));
        app.MapGet($"{Prefix}/findings/{{id}}", (HttpContext context, string id) => Guard(context, auth, TokenScope.Read, caller => reads.Finding(context, caller, id)));
        app.MapGet($"{Prefix}/teams", (Func<HttpContext, Task<IResult>>)(context => Guard(context, auth, TokenScope.Read, caller => reads.Teams(context, caller))));
        app.MapGet($"{Prefix}/trends", (Func<HttpContext, Task<IResult>>)(context => Guard(context, auth, TokenScope.Read, caller => reads.Trends(context, caller))));
        app.MapGet($"{Prefix}/openapi.json", (Func<HttpContext, Task<IResult>>)(context => Guard(context, auth, null, _ => Task.FromResult(OpenApiDocument.Result()))));
        return app;
    }

    private static async Task<IResult> Guard(HttpContext context, StoreAuth auth, TokenScope? scope, Func<Caller, Task<IResult>> handle)
    {
        var caller = await auth.AuthenticateAsync(context.Request).ConfigureAwait(false);
        if (caller is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Json(new ApiError("a valid Bearer token is required"), statusCode: StatusCodes.Status401Unauthorized);
        }

        return scope is { } needed && !caller.May(needed)
            ? Forbidden($"this token's scope is not {TokenStore.ScopeName(needed)}")
            : await handle(caller).ConfigureAwait(false);
    }

    internal static IResult Forbidden(string why) => Results.Json(new ApiError(why), statusCode: StatusCodes.Status403Forbidden);

    internal static IResult BadRequest(ApiError error) => Results.Json(error, statusCode: StatusCodes.Status400BadRequest);

    private static async Task<IResult> Upload(HttpContext context, FindingStore store, StoreApiOptions limits)
    {
        var query = context.Request.Query;
        var target = new ScanTarget(query["repository"].ToString(), query["branch"].ToString(), query["commit"].ToString() is { Length: > 0 } c ? c : null);
        if (target.Validate() is { } invalid)
        {
            return BadRequest(new ApiError(invalid));
        }

        var body = await ReadBody(context.Request, limits.MaxReportBytes).ConfigureAwait(false);
        if (body is null)
        {
            return Results.Json(new ApiError($"the report is larger than {limits.MaxReportBytes} bytes"), statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var (report, error) = ReportReader.Read(body.Value);
        if (error is not null)
        {
            return BadRequest(new ApiError(error.Message, error.At));
        }

        var result = await store.IngestAsync(target, report!, context.RequestAborted).ConfigureAwait(false);
        return Results.Json(result, statusCode: result.Duplicate ? StatusCodes.Status200OK : StatusCodes.Status201Created);
    }

    /// <summary>The request body, or null when it is longer than <paramref name="max"/> (read no further than that).</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBody(HttpRequest request, long max)
    {
        if (request.ContentLength > max)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
