using Rampart.Store.Ingest;
using Rampart.Store.Queries;
using Rampart.Store.Tests.Support;

namespace Rampart.Store.Tests;

public sealed class IngestTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly ScanTarget Main = new("acme/deploy", "main", "abc123");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task New_findings_are_stored_open_with_their_sla_due_date(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var store = await db.OpenAsync(clock: new TestClock(Start));

        var result = await store.IngestAsync(Main, new ReportJson().Finding("a", "critical").Finding("b", "medium").Finding("c", "low").Read(), Cancel);

        Assert.Equal((3, 3, 0, false), (result.Findings, result.New, result.Fixed, result.Duplicate));
        var page = await store.Queries.FindingsAsync(new FindingFilter(), Cancel);
        var due = page.Items.ToDictionary(f => f.Fingerprint, f => f.SlaDue);
        Assert.Equal(Start.AddDays(7), due["a"]);
        Assert.Equal(Start.AddDays(90), due["b"]);
        Assert.Null(due["c"]);
        Assert.All(page.Items, f => Assert.Equal(("open", Start, "acme/deploy", "main"), (f.Status, f.FirstSeen, f.Repository, f.Branch)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task A_finding_the_next_scan_lacks_is_fixed_and_reopened_when_it_comes_back(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var clock = new TestClock(Start);
        await using var store = await db.OpenAsync(clock: clock);

        await store.IngestAsync(Main, new ReportJson().Finding("a").Finding("b").Read(), Cancel);
        clock.Advance(TimeSpan.FromDays(1));
        var second = await store.IngestAsync(Main, new ReportJson().Finding("a").StartedAt("2").Read(), Cancel);
        clock.Advance(TimeSpan.FromDays(1));
        var third = await store.IngestAsync(Main, new ReportJson().Finding("a").Finding("b").StartedAt("3").Read(), Cancel);

        Assert.Equal((0, 1, 0), (second.New, second.Fixed, second.Reopened));
        Assert.Equal((0, 0, 1), (third.New, third.Fixed, third.Reopened));
        var b = (await store.Queries.FindingsAsync(new FindingFilter(), Cancel)).Items.Single(f => f.Fingerprint == "b");
        Assert.Equal(("reopened", Start, Start.AddDays(2), (DateTimeOffset?)null), (b.Status, b.FirstSeen, b.LastSeen, b.FixedAt));
        var history = (await store.Queries.FindingAsync(b.Id, Cancel))!.History;
        Assert.Equal([(null, "open"), ("open", "fixed"), ("fixed", "reopened")], history.Select(h => (h.From, h.To)));
        Assert.Equal([Start, Start.AddDays(1), Start.AddDays(2)], history.Select(h => h.At));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Other_branches_keep_their_findings_when_one_branch_fixes_them(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var store = await db.OpenAsync();

        await store.IngestAsync(Main, new ReportJson().Finding("a").Read(), Cancel);
        await store.IngestAsync(Main with { Branch = "dev" }, new ReportJson().Finding("a").Read(), Cancel);
        await store.IngestAsync(Main, new ReportJson().StartedAt("2").Read(), Cancel);

        var items = (await store.Queries.FindingsAsync(new FindingFilter(), Cancel)).Items;
        Assert.Equal([("main", "fixed"), ("dev", "open")], items.Select(f => (f.Branch, f.Status)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task The_same_report_twice_changes_nothing(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var clock = new TestClock(Start);
        await using var store = await db.OpenAsync(clock: clock);
        var report = new ReportJson().Finding("a").Finding("b", "critical");

        var first = await store.IngestAsync(Main, report.Read(), Cancel);
        var before = await store.Queries.FindingsAsync(new FindingFilter(), Cancel);
        clock.Advance(TimeSpan.FromHours(1));
        var again = await store.IngestAsync(Main, report.Read(), Cancel);
        var after = await store.Queries.FindingsAsync(new FindingFilter(), Cancel);

        Assert.True(again.Duplicate);
        Assert.Equal(first.ScanId, again.ScanId);
        Assert.Equal(before.Items, after.Items, (x, y) => x with { Owners = [] } == y with { Owners = [] } && x.Owners.SequenceEqual(y.Owners));
        Assert.Single((await store.Queries.FindingAsync(after.Items[0].Id, Cancel))!.History);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Waived_suppressed_and_baselined_findings_keep_their_status_and_a_history_entry_when_it_changes(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var store = await db.OpenAsync();

        await store.IngestAsync(Main, new ReportJson().Finding("a").Finding("b", status: "suppressed").Finding("c", status: "baselined").Read(), Cancel);
        var second = await store.IngestAsync(Main, new ReportJson().Finding("a", status: "waived").Finding("b", status: "suppressed").Finding("c", status: "baselined").StartedAt("2").Read(), Cancel);

        var items = (await store.Queries.FindingsAsync(new FindingFilter(), Cancel)).Items;
        Assert.Equal(["waived", "waived", "baselined"], items.Select(f => f.Status));
        Assert.Equal(1, second.StatusChanged);
        Assert.Equal([(null, "open"), ("open", "waived")], (await store.Queries.FindingAsync(items[0].Id, Cancel))!.History.Select(h => (h.From, h.To)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task A_finding_that_changes_owners_is_found_under_its_new_team_only(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var store = await db.OpenAsync();

        await store.IngestAsync(Main, new ReportJson().Finding("a", owners: ["@acme/payments"]).Read(), Cancel);
        await store.IngestAsync(Main, new ReportJson().Finding("a", owners: ["@acme/search"]).StartedAt("2").Read(), Cancel);

        Assert.Empty((await store.Queries.FindingsAsync(new FindingFilter { Team = "@acme/payments" }, Cancel)).Items);
        Assert.Equal(["@acme/search"], (await store.Queries.FindingsAsync(new FindingFilter { Team = "@ACME/Search" }, Cancel)).Items.Single().Owners);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Twenty_concurrent_uploads_lose_nothing(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var store = await db.OpenAsync();

        // Ten branches get two different scans each, all at once: per branch the later scan adds one finding to the earlier's.
        var uploads = Enumerable.Range(0, 20).Select(i => Task.Run(() =>
        {
            var branch = $"b{i % 10}";
            var report = new ReportJson().StartedAt(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            for (var f = 0; f < 50; f++)
            {
                report.Finding($"{branch}-{f}");
            }

            report.Finding($"{branch}-extra-{i}");
            return store.IngestAsync(Main with { Branch = branch }, report.Read(), Cancel);
        }, Cancel));
        var results = await Task.WhenAll(uploads);

        Assert.Equal(20, results.Select(r => r.ScanId).Distinct().Count());
        var all = new List<StoredFinding>();
        for (var page = await store.Queries.FindingsAsync(new FindingFilter { Limit = 1000 }, Cancel); ; page = await store.Queries.FindingsAsync(new FindingFilter { Limit = 1000, After = page.Next!.Value }, Cancel))
        {
            all.AddRange(page.Items);
            if (page.Next is null)
            {
                break;
            }
        }

        // 50 shared plus 2 extras per branch; whichever scan came last, its extra is open and the other's fixed.
        Assert.Equal(10 * 52, all.Count);
        Assert.Equal(10 * 51, all.Count(f => f.Status == "open"));
        Assert.Equal(10, all.Count(f => f.Status == "fixed"));
        Assert.Equal(10, results.Sum(r => r.Fixed));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Retention_deletes_findings_fixed_and_scans_received_before_its_days(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var clock = new TestClock(Start);
        await using var store = await db.OpenAsync(StoreOptions.Default with { RetentionDays = 30 }, clock);

        await store.IngestAsync(Main, new ReportJson().Finding("old").Finding("kept").Read(), Cancel);
        clock.Advance(TimeSpan.FromDays(1));
        await store.IngestAsync(Main, new ReportJson().Finding("kept").StartedAt("2").Read(), Cancel);
        clock.Advance(TimeSpan.FromDays(29));
        var early = await store.ApplyRetentionAsync(Cancel);
        clock.Advance(TimeSpan.FromDays(2));
        var late = await store.ApplyRetentionAsync(Cancel);

        Assert.Equal((0, 0), early);
        Assert.Equal((1, 1), late);
        Assert.Equal(["kept"], (await store.Queries.FindingsAsync(new FindingFilter(), Cancel)).Items.Select(f => f.Fingerprint));
    }
}
