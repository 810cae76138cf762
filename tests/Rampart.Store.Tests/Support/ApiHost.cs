using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Rampart.Store.Api;
using Rampart.Store.Auth;
using Rampart.Store.Dashboard;

namespace Rampart.Store.Tests.Support;

/// <summary>The store API and dashboard in a minimal web application on Kestrel at 127.0.0.1 on a free port: real HTTP.</summary>
internal sealed class ApiHost : IAsyncDisposable
{
    public const string AdminToken = "admin-token-for-tests";

    private readonly WebApplication app;

    private ApiHost(WebApplication app, TestDatabase database, FindingStore store, HttpClient client)
    {
        this.app = app;
        Database = database;
        Store = store;
        Client = client;
    }

    public TestDatabase Database { get; }

    public FindingStore Store { get; }

    public HttpClient Client { get; }

    public Uri BaseAddress => Client.BaseAddress!;

    public static async Task<ApiHost> StartAsync(string engine, StoreApiOptions? options = null, StoreOptions? storeOptions = null, TimeProvider? clock = null)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = await database.OpenAsync(storeOptions, clock);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var auth = new StoreAuth(store.Tokens, AdminToken);
        app.MapRampartStoreApi(store, auth, options).MapRampartDashboard(store, auth);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        return new ApiHost(app, database, store, client);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, byte[]? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return await Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        await Store.DisposeAsync();
        await Database.DisposeAsync();
    }
}
