using System.Net;
using System.Net.Http.Headers;
using Rampart.Cli.Commands;
using Rampart.Server;
using Rampart.Store.Tests.Support;

namespace Rampart.Store.Tests;

/// <summary><c>rampart serve --store</c>: one host answers the admission webhook, the store's API and its dashboard, with the store's auth.</summary>
public sealed class ServedApiTests
{
    [Fact]
    public async Task The_webhook_host_serves_the_store_api_behind_its_tokens()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var environment = new Dictionary<string, string?> { ["RAMPART_ADMIN_TOKEN"] = "served-admin-token" };
        await using var served = await ServeStore.OpenAsync(database.Database, StoreOptions.Default, "cluster", null, environment.GetValueOrDefault, TestContext.Current.CancellationToken);
        var (host, errors) = RampartServer.Create(new ServeOptions { Urls = ["http://127.0.0.1:0"], EndpointGroups = [served.Endpoints] });
        Assert.True(host is not null, string.Join("\n", errors));
        await using (host)
        {
            await host.StartAsync(TestContext.Current.CancellationToken);
            using var client = new HttpClient { BaseAddress = new Uri(host.Addresses[0]) };

            using var anonymous = await client.GetAsync(new Uri("/api/v1/findings", UriKind.Relative), TestContext.Current.CancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/scans?repository=app&branch=main&commit=abc")
            {
                Content = new ByteArrayContent(new ReportJson().Finding("fp-1").Bytes()),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "served-admin-token");
            using var upload = await client.SendAsync(request, TestContext.Current.CancellationToken);
            using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
            using var dashboardRequest = new HttpRequestMessage(HttpMethod.Get, "/dashboard");
            dashboardRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "served-admin-token");
            using var dashboard = await client.SendAsync(dashboardRequest, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.True(upload.IsSuccessStatusCode, $"HTTP {(int)upload.StatusCode}: {await upload.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
            var stored = await served.Store.Queries.FindingsAsync(new() { Repository = "app" }, TestContext.Current.CancellationToken);
            Assert.Equal("fp-1", Assert.Single(stored.Items).Fingerprint);
        }
    }
}
