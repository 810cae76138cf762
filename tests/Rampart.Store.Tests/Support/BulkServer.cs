using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Rampart.Store.Tests.Support;

/// <summary>
/// A stand-in for Elasticsearch's <c>POST /_bulk</c> on a loopback port: keeps each request (content type,
/// authorization, body) and answers item by item as Elasticsearch does, 201 for each document or, for the documents
/// whose source <paramref name="refuse"/> picks, 400 with a mapper_parsing_exception.
/// </summary>
internal sealed class BulkServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private BulkServer(WebApplication app) => this.app = app;

    public List<(string ContentType, string? Authorization, string Body)> Requests { get; } = [];

    public Uri Url => new(app.Urls.First());

    public static async Task<BulkServer> StartAsync(Func<JsonNode, bool>? refuse = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new BulkServer(app);
        app.MapPost("/_bulk", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            lock (server.Requests)
            {
                server.Requests.Add((context.Request.ContentType ?? "", context.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null, body));
            }

            var lines = body.TrimEnd('\n').Split('\n');
            var items = new JsonArray();
            var errors = false;
            for (var i = 0; i + 1 < lines.Length; i += 2)
            {
                var id = JsonNode.Parse(lines[i])!["index"]!["_id"]!.GetValue<string>();
                var refused = refuse?.Invoke(JsonNode.Parse(lines[i + 1])!) == true;
                errors |= refused;
                items.Add(new JsonObject
                {
                    ["index"] = refused
                        ? new JsonObject { ["_id"] = id, ["status"] = 400, ["error"] = new JsonObject { ["type"] = "mapper_parsing_exception", ["reason"] = "failed to parse field [rampart.line]" } }
                        : new JsonObject { ["_id"] = id, ["status"] = 201, ["result"] = "created" },
                });
            }

            return Results.Text(new JsonObject { ["took"] = 3, ["errors"] = errors, ["items"] = items }.ToJsonString(), "application/json");
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        return server;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
