using Dapper;
using Rampart.Store.Dashboard;
using Rampart.Store.Ingest;
using Rampart.Store.Tests.Support;

namespace Rampart.Store.Tests.Dashboard;

/// <summary>
/// The team page reads the page's columns from the owner rows: they must follow every change of the findings
/// (upload, severity change, fix, reopen, status change, retention), on both engines.
/// </summary>
public sealed class TeamRowSyncTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly ScanTarget Main = new("acme/deploy", "main", "c1");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Team_page_numbers_follow_upload_fix_reopen_status_change_and_retention(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var clock = new TestClock(Start);
        await using var store = await db.OpenAsync(StoreOptions.Default with { RetentionDays = 30 }, clock);
        var page = new DashboardQueries(store.Dialect, clock);
        string[] team = ["payments", "@alice"];

        // Day 0: a critical, b high, c medium open; d waived.
        await store.IngestAsync(Main, new ReportJson().StartedAt("2026-03-01T12:00:00.000Z")
            .Finding("a", "critical", owners: team).Finding("b", "high", owners: team).Finding("c", "medium", owners: team)
            .Finding("d", "low", status: "waived", owners: team).Read(), Cancel);
        await AssertPage(store, page, new() { ["critical"] = 1, ["high"] = 1, ["medium"] = 1, ["low"] = 0 }, overdue: 0);

        // Day 1: b drops to low (no due date), c is gone (fixed), d is open again, e is new.
        clock.Advance(TimeSpan.FromDays(1));
        await store.IngestAsync(Main, new ReportJson().StartedAt("2026-03-02T12:00:00.000Z")
            .Finding("a", "critical", owners: team).Finding("b", "low", owners: team)
            .Finding("d", "low", owners: team).Finding("e", "high", owners: ["payments"]).Read(), Cancel);
        await AssertPage(store, page, new() { ["critical"] = 1, ["high"] = 1, ["medium"] = 0, ["low"] = 2 }, overdue: 0);

        // Day 2: c comes back (reopened), d is waived again.
        clock.Advance(TimeSpan.FromDays(1));
        await store.IngestAsync(Main, new ReportJson().StartedAt("2026-03-03T12:00:00.000Z")
            .Finding("a", "critical", owners: team).Finding("b", "low", owners: team).Finding("c", "medium", owners: team)
            .Finding("d", "low", status: "waived", owners: team).Finding("e", "high", owners: ["payments"]).Read(), Cancel);
        await AssertPage(store, page, new() { ["critical"] = 1, ["high"] = 1, ["medium"] = 1, ["low"] = 1 }, overdue: 0);

        // Day 10: c and e are fixed; a (due day 7) is overdue, b (low) has no due date.
        clock.Advance(TimeSpan.FromDays(8));
        await store.IngestAsync(Main, new ReportJson().StartedAt("2026-03-11T12:00:00.000Z")
            .Finding("a", "critical", owners: team).Finding("b", "low", owners: team)
            .Finding("d", "low", status: "waived", owners: team).Read(), Cancel);
        await AssertPage(store, page, new() { ["critical"] = 1, ["high"] = 0, ["medium"] = 0, ["low"] = 1 }, overdue: 1);

        // Day 41: retention deletes c and e (fixed on day 10), their owner rows with them.
        clock.Advance(TimeSpan.FromDays(31));
        var (deleted, _) = await store.ApplyRetentionAsync(Cancel);
        Assert.Equal(2, deleted);
        await AssertPage(store, page, new() { ["critical"] = 1, ["high"] = 0, ["medium"] = 0, ["low"] = 1 }, overdue: 1);
        Assert.Equal(3 * 2, await OwnerRows(store));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Migration_0003_fills_the_owner_rows_of_a_store_that_has_findings(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var clock = new TestClock(Start);
        await using (var store = await db.OpenAsync(clock: clock))
        {
            await store.IngestAsync(Main, new ReportJson().Finding("a", "critical", owners: ["payments"]).Finding("b", "low", owners: ["payments", "@bob"])
                .Finding("c", "high", status: "waived", owners: ["payments"]).Read(), Cancel);

            // Back to the schema of 0002: no page columns on the owner rows, the findings index of 0002.
            await using var connection = await store.Dialect.OpenAsync(Cancel);
            foreach (var column in new[] { "status", "severity", "rule_id", "first_seen", "fixed_at", "sla_due" })
            {
                await connection.ExecuteAsync($"ALTER TABLE finding_owners DROP COLUMN {column}");
            }

            await connection.ExecuteAsync("CREATE INDEX findings_team_page ON findings (id, status, severity, rule_id, first_seen, fixed_at, sla_due)");
            await connection.ExecuteAsync("DELETE FROM schema_migrations WHERE version = 3");
        }

        Assert.Equal(["0003_team_rows"], await FindingStore.MigrateAsync(db.Database, Cancel));

        await using var migrated = await db.OpenAsync(clock: clock);
        Assert.Equal(0, await StaleOwnerRows(migrated));
        await AssertPage(migrated, new DashboardQueries(migrated.Dialect, clock), new() { ["critical"] = 1, ["high"] = 0, ["low"] = 1 }, overdue: 0);
    }

    private static async Task AssertPage(FindingStore store, DashboardQueries page, Dictionary<string, int> open, int overdue)
    {
        var team = await page.TeamAsync("payments", 30, Cancel);
        Assert.Equal(open, team.Severities.Where(s => open.ContainsKey(s.Severity)).ToDictionary(s => s.Severity, s => s.Open));
        Assert.Equal(overdue, team.Overdue);
        Assert.Equal(open.Values.Sum(), team.Trend[^1].OpenBySeverity.Values.Sum());
        Assert.Equal(0, await StaleOwnerRows(store));
    }

    /// <summary>Owner rows whose page columns differ from their finding's, or whose finding is gone.</summary>
    private static async Task<long> StaleOwnerRows(FindingStore store)
    {
        await using var connection = await store.Dialect.OpenAsync(Cancel);
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM finding_owners o LEFT JOIN findings f ON f.id = o.finding_id WHERE f.id IS NULL " +
            "OR o.status IS DISTINCT FROM f.status OR o.severity IS DISTINCT FROM f.severity OR o.rule_id IS DISTINCT FROM f.rule_id " +
            "OR o.first_seen IS DISTINCT FROM f.first_seen OR o.fixed_at IS DISTINCT FROM f.fixed_at OR o.sla_due IS DISTINCT FROM f.sla_due");
    }

    private static async Task<long> OwnerRows(FindingStore store)
    {
        await using var connection = await store.Dialect.OpenAsync(Cancel);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM finding_owners");
    }
}
