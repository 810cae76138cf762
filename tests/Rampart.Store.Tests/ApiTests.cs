using System.Net;
using System.Text;
using System.Text.Json;
using Rampart.Store.Api;
using Rampart.Store.Auth;
using Rampart.Store.Tests.Support;

namespace Rampart.Store.Tests;

public sealed class ApiTests
{
    private const string Scans = "/api/v1/scans?repository=acme%2Fdeploy&branch=main&commit=abc";
    private const string Admin = ApiHost.AdminToken;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;

    private static ReportJson TwoTeams() => new ReportJson()
        .Team("payments", "@acme/payments")
        .Finding("p1", "critical", owners: ["@acme/payments"])
        .Finding("p2", "low", owners: ["@acme/payments"], category: "secret")
        .Finding("s1", "high", owners: ["@acme/search"]);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Findings_are_filtered_by_team_severity_status_category_repository_and_branch(string engine)
    {
        await using var host = await ApiHost.StartAsync(engine);
        using var upload = await host.SendAsync(HttpMethod.Post, Scans, Admin, TwoTeams().Bytes());
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);

        async Task<string[]> Fingerprints(string query)
        {
            using var response = await host.SendAsync(HttpMethod.Get, "/api/v1/findings" + query, Admin);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return [.. (await Json(response)).GetProperty("items").EnumerateArray().Select(f => f.GetProperty("fingerprint").GetString()!)];
        }

        Assert.Equal(["p1", "p2"], await Fingerprints("?team=payments"));
        Assert.Equal(["p1", "p2"], await Fingerprints("?team=%40acme%2Fpayments"));
        Assert.Equal(["p1", "s1"], await Fingerprints("?severity=critical,high"));
        Assert.Equal(["p2"], await Fingerprints("?category=secret&status=open"));
        Assert.Empty(await Fingerprints("?status=fixed"));
        Assert.Equal(["p1", "p2", "s1"], await Fingerprints("?repository=acme%2Fdeploy&branch=main"));
        Assert.Empty(await Fingerprints("?repository=acme%2Fother"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Hostile_filter_values_are_data_not_sql(string engine)
    {
        await using var host = await ApiHost.StartAsync(engine);
        await host.SendAsync(HttpMethod.Post, Scans, Admin, TwoTeams().Bytes());

        foreach (var hostile in new[] { "' OR '1'='1", "x'; DROP TABLE findings; --", "payments\" OR 1=1 --", "%", "_" })
        {
            using var team = await host.SendAsync(HttpMethod.Get, "/api/v1/findings?team=" + Uri.EscapeDataString(hostile), Admin);
            using var repository = await host.SendAsync(HttpMethod.Get, "/api/v1/findings?repository=" + Uri.EscapeDataString(hostile), Admin);
            using var severity = await host.SendAsync(HttpMethod.Get, "/api/v1/findings?severity=" + Uri.EscapeDataString(hostile), Admin);
            Assert.Equal(0, (await Json(team)).GetProperty("items").GetArrayLength());
            Assert.Equal(0, (await Json(repository)).GetProperty("items").GetArrayLength());
            Assert.Equal(HttpStatusCode.BadRequest, severity.StatusCode);
            Assert.Equal("severity", (await Json(severity)).GetProperty("at").GetString());
        }

        using var all = await host.SendAsync(HttpMethod.Get, "/api/v1/findings", Admin);
        Assert.Equal(3, (await Json(all)).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_team_token_reads_its_own_team_only()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        await host.SendAsync(HttpMethod.Post, Scans, Admin, TwoTeams().Bytes());
        var token = await host.Store.Tokens.CreateAsync("payments", TokenScope.Read, Cancel);
        using var own = await host.SendAsync(HttpMethod.Get, "/api/v1/findings", token);
        var ids = (await Json(own)).GetProperty("items").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()).ToList();
        using var allAdmin = await host.SendAsync(HttpMethod.Get, "/api/v1/findings?team=%40acme%2Fsearch", Admin);
        var other = (await Json(allAdmin)).GetProperty("items")[0].GetProperty("id").GetInt64();

        using var otherTeam = await host.SendAsync(HttpMethod.Get, "/api/v1/findings?team=%40acme%2Fsearch", token);
        using var otherFinding = await host.SendAsync(HttpMethod.Get, $"/api/v1/findings/{other}", token);
        using var ownFinding = await host.SendAsync(HttpMethod.Get, $"/api/v1/findings/{ids[0]}", token);
        using var teams = await host.SendAsync(HttpMethod.Get, "/api/v1/teams", token);

        Assert.Equal(2, ids.Count);
        Assert.Equal(HttpStatusCode.Forbidden, otherTeam.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherFinding.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownFinding.StatusCode);
        Assert.Equal(["payments"], (await Json(teams)).EnumerateArray().Select(t => t.GetProperty("team").GetString()));
    }

    [Fact]
    public async Task One_finding_comes_with_its_history_and_teams_with_open_counts_by_severity()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        await host.SendAsync(HttpMethod.Post, Scans, Admin, TwoTeams().Bytes());
        using var list = await host.SendAsync(HttpMethod.Get, "/api/v1/findings?team=payments&severity=critical", Admin);
        var id = (await Json(list)).GetProperty("items")[0].GetProperty("id").GetInt64();

        using var detail = await host.SendAsync(HttpMethod.Get, $"/api/v1/findings/{id}", Admin);
        using var missing = await host.SendAsync(HttpMethod.Get, "/api/v1/findings/999999", Admin);
        using var notNumber = await host.SendAsync(HttpMethod.Get, "/api/v1/findings/abc", Admin);
        using var teams = await host.SendAsync(HttpMethod.Get, "/api/v1/teams", Admin);

        var body = await Json(detail);
        Assert.Equal("p1", body.GetProperty("finding").GetProperty("fingerprint").GetString());
        Assert.Equal("open", body.GetProperty("history")[0].GetProperty("to").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notNumber.StatusCode);
        var payments = (await Json(teams)).EnumerateArray().Single(t => t.GetProperty("team").GetString() == "payments");
        Assert.Equal((1, 1, 0, 2), (payments.GetProperty("openBySeverity").GetProperty("critical").GetInt32(),
            payments.GetProperty("openBySeverity").GetProperty("low").GetInt32(), payments.GetProperty("openBySeverity").GetProperty("high").GetInt32(),
            payments.GetProperty("open").GetInt32()));
    }

    [Fact]
    public async Task Trends_count_open_findings_per_day_and_severity()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        await host.SendAsync(HttpMethod.Post, Scans, Admin, TwoTeams().Bytes());

        using var response = await host.SendAsync(HttpMethod.Get, "/api/v1/trends?days=3", Admin);
        using var tooMany = await host.SendAsync(HttpMethod.Get, "/api/v1/trends?days=100000", Admin);

        var points = (await Json(response)).EnumerateArray().ToList();
        Assert.Equal(3, points.Count);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), points[^1].GetProperty("day").GetString());
        Assert.Equal((1, 1, 1), (points[^1].GetProperty("openBySeverity").GetProperty("critical").GetInt32(),
            points[^1].GetProperty("openBySeverity").GetProperty("high").GetInt32(), points[^1].GetProperty("openBySeverity").GetProperty("low").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
    }

    [Fact]
    public async Task Paging_caps_the_limit_and_walks_every_finding_once()
    {
        await using var host = await ApiHost.StartAsync("sqlite");
        var report = new ReportJson();
        for (var i = 0; i < 25; i++)
        {
            report.Finding($"f{i:00}");
        }

        await host.SendAsync(HttpMethod.Post, Scans, Admin, report.Bytes());
        var seen = new List<string>();
        string? next = "0";
        while (next is not null)
        {
            using var page = await host.SendAsync(HttpMethod.Get, $"/api/v1/findings?limit=10&after={next}", Admin);
            var body = await Json(page);
            seen.AddRange(body.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("fingerprint").GetString()!));
            next = body.GetProperty("next").ValueKind == JsonValueKind.Null ? null : body.GetProperty("next").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        using var over = await host.SendAsync(HttpMethod.Get, "/api/v1/findings?limit=1001", Admin);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"f{i:00}"), seen.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
    }

    [Fact]
    public async Task An_invalid_report_is_400_with_the_path_of_the_bad_value_and_an_oversized_one_413()
    {
        await using var host = await ApiHost.StartAsync("sqlite", new StoreApiOptions { MaxReportBytes = 4096 });
        var bad = new ReportJson().Finding("a").Finding("b", severity: "urgent").Bytes();
        var big = new ReportJson();
        for (var i = 0; i < 40; i++)
        {
            big.Finding($"f{i}");
        }

        using var invalid = await host.SendAsync(HttpMethod.Post, Scans, Admin, bad);
        using var notJson = await host.SendAsync(HttpMethod.Post, Scans, Admin, "{"u8.ToArray());
        using var noBranch = await host.SendAsync(HttpMethod.Post, "/api/v1/scans?repository=r", Admin, new ReportJson().Bytes());
        using var tooLarge = await host.SendAsync(HttpMethod.Post, Scans, Admin, big.Bytes());

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("findings[1].severity", (await Json(invalid)).GetProperty("at").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noBranch.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_is_version_3_1_and_lists_every_endpoint()
    {
        await using var host = await ApiHost.StartAsync("sqlite");

        using var response = await host.SendAsync(HttpMethod.Get, "/api/v1/openapi.json", Admin);

        var body = await Json(response);
        Assert.Equal("3.1.0", body.GetProperty("openapi").GetString());
        Assert.Equal(["/api/v1/scans", "/api/v1/findings", "/api/v1/findings/{id}", "/api/v1/teams", "/api/v1/trends", "/api/v1/openapi.json"],
            body.GetProperty("paths").EnumerateObject().Select(p => p.Name));
    }
}
