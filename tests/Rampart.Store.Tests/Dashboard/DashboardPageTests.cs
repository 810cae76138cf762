using System.Net;
using System.Text.RegularExpressions;
using TextRegex = System.Text.RegularExpressions.Regex;
using Rampart.Store.Dashboard;
using Rampart.Store.Tests.Support;

namespace Rampart.Store.Tests.Dashboard;

/// <summary>The numbers, links and scoping of the pages, read from the HTML the server sends.</summary>
public sealed partial class DashboardPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Team_page_shows_open_and_overdue_counts_by_severity(string engine)
    {
        await using var scenario = await DashboardScenario.StartAsync(engine);

        var html = await Body(await scenario.GetAsync("/dashboard/team?name=payments", token: scenario.ReadToken));

        Assert.Equal("4", Figure(html, "open-total"));
        Assert.Equal("1", Figure(html, "overdue-total"));
        Assert.Equal(["1", "1"], Row(html, "critical"));
        Assert.Equal(["2", "0"], Row(html, "high"));
        Assert.Equal(["0", "0"], Row(html, "medium"));
        Assert.Equal(["1", "0"], Row(html, "low"));
        Assert.Contains("<svg id=\"trend\"", html, StringComparison.Ordinal);
        Assert.Equal(5, PolylinePattern().Count(html));
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">severity</th>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Team_page_lists_top_rules_and_newest_findings_first_with_repository_links(string engine)
    {
        await using var scenario = await DashboardScenario.StartAsync(engine);

        var html = await Body(await scenario.GetAsync("/dashboard/team?name=payments", token: scenario.ReadToken));

        // RMP-PSS-003 has two open findings (f2, f7), the others one each.
        var rules = RuleRowPattern().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Equal(("RMP-PSS-003", "2"), rules[0]);
        Assert.Equal(3, rules.Count);
        var newest = html.IndexOf("Newest of all", StringComparison.Ordinal);
        Assert.True(newest > 0 && newest < html.IndexOf($"/dashboard/findings/{scenario.Ids["f2"]}\"", StringComparison.Ordinal), "f7, seen last, comes first");
        Assert.Contains("href=\"https://git.example.com/acme/deploy/blob/c2/deploy/web.yaml#L24\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://git.example.com/acme/deploy/blob/c2/%3Cscript%3Ealert%281%29%3C/script%3E/web.yaml#L24\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/dashboard/findings/{scenario.Ids["f3"]}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/dashboard/findings/{scenario.Ids["f6"]}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_link_template_locations_are_plain_text()
    {
        await using var scenario = await DashboardScenario.StartAsync(linkTemplate: null);

        var html = await Body(await scenario.GetAsync("/dashboard/team?name=payments", token: scenario.ReadToken));

        Assert.Contains("deploy/web.yaml:24", html, StringComparison.Ordinal);
        Assert.DoesNotContain("git.example.com", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Team_trend_counts_open_findings_at_the_end_of_each_day(string engine)
    {
        await using var scenario = await DashboardScenario.StartAsync(engine);
        var queries = new DashboardQueries(scenario.Host.Store.Dialect, scenario.Clock);

        var dashboard = await queries.TeamAsync("payments", 30, TestContext.Current.CancellationToken);

        Assert.Equal(30, dashboard.Trend.Count);
        Assert.Equal(new DateOnly(2026, 3, 11), dashboard.Trend[^1].Day);
        var dayBefore = dashboard.Trend.Single(p => p.Day == new DateOnly(2026, 2, 28)).OpenBySeverity;
        var firstDay = dashboard.Trend.Single(p => p.Day == new DateOnly(2026, 3, 1)).OpenBySeverity;
        var lastDay = dashboard.Trend[^1].OpenBySeverity;
        Assert.Equal(0, dayBefore.Values.Sum());
        Assert.Equal((1, 1, 1, 1, 0), (firstDay["critical"], firstDay["high"], firstDay["medium"], firstDay["low"], firstDay["info"]));
        Assert.Equal((1, 2, 0, 1, 0), (lastDay["critical"], lastDay["high"], lastDay["medium"], lastDay["low"], lastDay["info"]));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Finding_page_shows_its_status_history_and_overdue_due_date(string engine)
    {
        await using var scenario = await DashboardScenario.StartAsync(engine);

        var fixedOne = await Body(await scenario.GetAsync($"/dashboard/findings/{scenario.Ids["f3"]}", token: scenario.ReadToken));
        var overdue = await Body(await scenario.GetAsync($"/dashboard/findings/{scenario.Ids["f1"]}", token: scenario.ReadToken));

        Assert.Contains("<dd id=\"status\">fixed</dd>", fixedOne, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">2026-03-01 12:00 UTC</th><td><span class=\"muted\">first seen</span></td><td>open</td>", fixedOne, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">2026-03-11 12:00 UTC</th><td>open</td><td>fixed</td>", fixedOne, StringComparison.Ordinal);
        Assert.Contains("overdue since 2026-03-08 12:00 UTC", overdue, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task A_team_token_sees_only_its_team_and_the_admin_sees_every_team(string engine)
    {
        await using var scenario = await DashboardScenario.StartAsync(engine);

        using var otherTeam = await scenario.GetAsync("/dashboard/team?name=search", token: scenario.ReadToken);
        using var otherFinding = await scenario.GetAsync($"/dashboard/findings/{scenario.Ids["f5"]}", token: scenario.ReadToken);
        using var missing = await scenario.GetAsync("/dashboard/findings/999999", token: scenario.ReadToken);
        var teamOverview = await Body(await scenario.GetAsync("/dashboard", token: scenario.ReadToken));
        var adminOverview = await Body(await scenario.GetAsync("/dashboard", token: Support.ApiHost.AdminToken));
        using var adminSearch = await scenario.GetAsync("/dashboard/team?name=search", token: Support.ApiHost.AdminToken);

        Assert.Equal(HttpStatusCode.Forbidden, otherTeam.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherFinding.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        Assert.Contains("/dashboard/team?name=payments", teamOverview, StringComparison.Ordinal);
        Assert.DoesNotContain("name=search", teamOverview, StringComparison.Ordinal);
        Assert.Contains("/dashboard/team?name=payments", adminOverview, StringComparison.Ordinal);
        Assert.Contains("/dashboard/team?name=search", adminOverview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, adminSearch.StatusCode);
    }

    [Fact]
    public async Task Pages_report_their_server_time()
    {
        await using var scenario = await DashboardScenario.StartAsync();

        using var response = await scenario.GetAsync("/dashboard/team?name=payments", token: scenario.ReadToken);

        Assert.Matches(@"^page;dur=\d+\.\d$", response.Headers.GetValues("Server-Timing").Single());
    }

    internal static async Task<string> Body(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }
    }

    private static string Figure(string html, string id) =>
        TextRegex.Match(html, $"id=\"{id}\">([^<]*)<").Groups[1].Value;

    private static string[] Row(string html, string severity)
    {
        var match = TextRegex.Match(html, $"sev-{severity}\"><span aria-hidden=\"true\">[^<]*</span>{severity}</span></th><td>([^<]*)</td><td>(?:<span class=\"overdue\">)?([^<]*)<");
        Assert.True(match.Success, $"no row for {severity}");
        return [match.Groups[1].Value, match.Groups[2].Value];
    }

    [GeneratedRegex("<polyline class=\"trend-line\"")]
    private static partial TextRegex PolylinePattern();

    [GeneratedRegex("<tr><th scope=\"row\">(RMP-[A-Z]+-\\d+)</th><td>(\\d+)</td></tr>")]
    private static partial TextRegex RuleRowPattern();
}
