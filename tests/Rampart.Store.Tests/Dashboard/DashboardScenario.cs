using System.Net.Http.Headers;
using Rampart.Store.Auth;
using Rampart.Store.Ingest;
using Rampart.Store.Tests.Support;

namespace Rampart.Store.Tests.Dashboard;

/// <summary>
/// A store with two scans ten days apart, on a test clock, served with the dashboard. Team payments then has open:
/// critical 1 (first seen day 0, due day 7: overdue), high 2, low 1; one medium fixed on day 10 and one high waived.
/// Team search has one critical. Text with <c>&lt;script&gt;</c> is planted in a message, a path and a team name.
/// </summary>
internal sealed class DashboardScenario : IAsyncDisposable
{
    public const string Planted = "<script>alert(1)</script>";
    public const string PlantedTeam = "<script>team</script>";
    public const string LinkTemplate = "https://git.example.com/{repository}/blob/{commit}/{path}#L{line}";
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly HttpClient client;

    private DashboardScenario(ApiHost host, TestClock clock, string readToken, string uploadToken, IReadOnlyDictionary<string, long> ids)
    {
        Host = host;
        Clock = clock;
        ReadToken = readToken;
        UploadToken = uploadToken;
        Ids = ids;
        client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.BaseAddress };
    }

    public ApiHost Host { get; }

    public TestClock Clock { get; }

    /// <summary>A read token of team payments.</summary>
    public string ReadToken { get; }

    /// <summary>An upload token of team payments.</summary>
    public string UploadToken { get; }

    /// <summary>Finding ids by fingerprint.</summary>
    public IReadOnlyDictionary<string, long> Ids { get; }

    public static async Task<DashboardScenario> StartAsync(string engine = "sqlite", string? linkTemplate = LinkTemplate)
    {
        var clock = new TestClock(Start);
        var host = await ApiHost.StartAsync(engine, storeOptions: StoreOptions.Default with { LinkTemplate = linkTemplate }, clock: clock);
        var cancel = TestContext.Current.CancellationToken;
        var first = new ReportJson()
            .Finding("f1", "critical", owners: ["payments"], message: "Secret in " + Planted, ruleId: "RMP-SEC-001", path: Planted + "/web.yaml")
            .Finding("f2", "high", owners: ["payments"], ruleId: "RMP-PSS-003")
            .Finding("f3", "medium", owners: ["payments"], ruleId: "RMP-PSS-003")
            .Finding("f4", "low", owners: ["payments"], ruleId: "RMP-GIT-002")
            .Finding("f5", "critical", owners: ["search", PlantedTeam], ruleId: "RMP-SEC-001")
            .Finding("f6", "high", status: "waived", owners: ["payments"]);
        await host.Store.IngestAsync(new ScanTarget("acme/deploy", "main", "c1"), first.Read(), cancel);
        clock.Advance(TimeSpan.FromDays(10));
        var second = new ReportJson().StartedAt("2026-03-11T12:00:00.000Z")
            .Finding("f1", "critical", owners: ["payments"], message: "Secret in " + Planted, ruleId: "RMP-SEC-001", path: Planted + "/web.yaml")
            .Finding("f2", "high", owners: ["payments"], ruleId: "RMP-PSS-003")
            .Finding("f4", "low", owners: ["payments"], ruleId: "RMP-GIT-002")
            .Finding("f5", "critical", owners: ["search", PlantedTeam], ruleId: "RMP-SEC-001")
            .Finding("f6", "high", status: "waived", owners: ["payments"])
            .Finding("f7", "high", owners: ["payments"], ruleId: "RMP-PSS-003", message: "Newest of all");
        await host.Store.IngestAsync(new ScanTarget("acme/deploy", "main", "c2"), second.Read(), cancel);
        var all = await host.Store.Queries.FindingsAsync(new() { Limit = 100 }, cancel);
        var read = await host.Store.Tokens.CreateAsync("payments", TokenScope.Read, cancel);
        var upload = await host.Store.Tokens.CreateAsync("payments", TokenScope.Upload, cancel);
        return new DashboardScenario(host, clock, read, upload, all.Items.ToDictionary(f => f.Fingerprint, f => f.Id));
    }

    public async Task<HttpResponseMessage> GetAsync(string path, string? token = null, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async Task<HttpResponseMessage> PostFormAsync(string path, IReadOnlyDictionary<string, string> form, string? origin, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>The origin of the host, as a browser would send it.</summary>
    public string Origin => Host.BaseAddress.GetLeftPart(UriPartial.Authority);

    /// <summary>Logs in through the form; returns the <c>name=value</c> of the session cookie.</summary>
    public async Task<string> LoginAsync(string token)
    {
        using var response = await PostFormAsync("/dashboard/login", new Dictionary<string, string> { ["token"] = token, ["return"] = "/dashboard" }, Origin);
        Assert.Equal(System.Net.HttpStatusCode.SeeOther, response.StatusCode);
        var setCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        return setCookie.Split(';')[0];
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await Host.DisposeAsync();
    }
}
