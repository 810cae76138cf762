using Rampart.Cli.Commands;
using Rampart.Configuration;
using Rampart.Store.Ingest;
using Rampart.Store.Queries;
using Rampart.Store.Tests.Support;

namespace Rampart.Store.Tests;

/// <summary>
/// The store's policy from its layers: defaults, the <c>store</c> section of <c>rampart.yaml</c>, the variables, the
/// flags; and what it does: the SLA sets due dates, the retention deletes at the configured age.
/// </summary>
public sealed class StoreSettingsLayerTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly ScanTarget Main = new("acme/deploy", "main", null);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static StoreSettings File(string yaml)
    {
        var result = ConfigLoader.Parse(yaml, "rampart.yaml");
        Assert.Empty(result.Errors);
        return result.Config.Store;
    }

    [Fact]
    public void Without_settings_the_sla_is_critical_7_high_30_medium_90_and_nothing_is_deleted()
    {
        var (options, error) = StoreSettingsOptions.Build(StoreSettings.Default, null, null, null, null);

        Assert.Null(error);
        Assert.Equal(new Dictionary<string, int> { ["critical"] = 7, ["high"] = 30, ["medium"] = 90 }, options!.SlaDays);
        Assert.Null(options.RetentionDays);
    }

    [Fact]
    public void Flags_override_variables_which_override_the_file_one_severity_at_a_time()
    {
        var file = File("store:\n  sla:\n    critical: 3\n    high: 20\n    low: 120\n  retentionDays: 400\n  linkTemplate: https://git.example.com/{repository}/blob/{commit}/{path}#L{line}\n");

        var (options, error) = StoreSettingsOptions.Build(file, "high=10,medium=none", "critical=1", "200", 100);

        Assert.Null(error);
        Assert.Equal(new Dictionary<string, int> { ["critical"] = 1, ["high"] = 10, ["low"] = 120 }, options!.SlaDays);
        Assert.Equal(100, options.RetentionDays);
        Assert.Equal("https://git.example.com/{repository}/blob/{commit}/{path}#L{line}", options.LinkTemplate);
    }

    [Theory]
    [InlineData("high=soon", null, null, "RAMPART_SLA_DAYS: 'high=soon': days must be a whole number from 1 to 36500, or none")]
    [InlineData(null, "urgent=1", null, "--sla: 'urgent=1' is not SEVERITY=DAYS")]
    [InlineData(null, null, "a week", "RAMPART_RETENTION_DAYS: 'a week' is not a whole number of days from 1")]
    public void A_wrong_variable_or_flag_is_an_error_naming_it(string? environmentSla, string? flagSla, string? environmentRetention, string message)
    {
        var (options, error) = StoreSettingsOptions.Build(StoreSettings.Default, environmentSla, flagSla, environmentRetention, null);

        Assert.Null(options);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_configured_sla_sets_the_due_dates()
    {
        var (options, _) = StoreSettingsOptions.Build(File("store:\n  sla:\n    critical: 2\n    medium: none\n    low: 60\n"), null, null, null, null);
        await using var db = await TestDatabase.CreateAsync("sqlite");
        await using var store = await db.OpenAsync(options!, new TestClock(Start));

        await store.IngestAsync(Main, new ReportJson().Finding("c", "critical").Finding("h", "high").Finding("m", "medium").Finding("l", "low").Read(), Cancel);

        var due = (await store.Queries.FindingsAsync(new FindingFilter(), Cancel)).Items.ToDictionary(f => f.Fingerprint, f => f.SlaDue);
        Assert.Equal(Start.AddDays(2), due["c"]);
        Assert.Equal(Start.AddDays(30), due["h"]);
        Assert.Null(due["m"]);
        Assert.Equal(Start.AddDays(60), due["l"]);
    }

    [Fact]
    public async Task The_configured_retention_deletes_fixed_findings_and_old_scans_at_its_age()
    {
        var (options, _) = StoreSettingsOptions.Build(File("store:\n  retentionDays: 10\n"), null, null, null, null);
        await using var db = await TestDatabase.CreateAsync("sqlite");
        var clock = new TestClock(Start);
        await using var store = await db.OpenAsync(options!, clock);

        await store.IngestAsync(Main, new ReportJson().Finding("gone").Finding("kept").Read(), Cancel);
        await store.IngestAsync(Main, new ReportJson().Finding("kept").StartedAt("2").Read(), Cancel);
        clock.Advance(TimeSpan.FromDays(10) - TimeSpan.FromMinutes(1));
        var before = await store.ApplyRetentionAsync(Cancel);
        var stillThere = (await store.Queries.FindingsAsync(new FindingFilter(), Cancel)).Items.Count;
        clock.Advance(TimeSpan.FromMinutes(2));
        var after = await store.ApplyRetentionAsync(Cancel);

        Assert.Equal((0, 0), before);
        Assert.Equal(2, stillThere);
        Assert.Equal((1, 1), after);
        Assert.Equal(["kept"], (await store.Queries.FindingsAsync(new FindingFilter(), Cancel)).Items.Select(f => f.Fingerprint));
    }
}
