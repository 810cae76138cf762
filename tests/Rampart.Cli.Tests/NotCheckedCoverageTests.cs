using System.Text.Json;

namespace Rampart.Cli.Tests;

/// <summary>The coverage counts what was not checked, by reason, in the JSON report and as the table's last line.</summary>
public sealed class NotCheckedCoverageTests
{
    private static TempFolder Repository() => new TempFolder()
        .Write("rampart.yaml", "scan:\n  limits:\n    maxFileBytes: 400\n")
        .Write("big.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  a: \"" + new string('x', 500) + "\"\n")
        .Write("widget.yaml", "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n---\napiVersion: example.com/v1\nkind: Gadget\nmetadata:\n  name: g\n")
        .Write("ok.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\ndata: {}\n");

    [Fact]
    public void Kinds_without_a_schema_and_files_over_the_size_limit_are_counted_by_reason()
    {
        using var repo = Repository();
        File.WriteAllBytes(repo["blob.yaml"], [0x61, 0x00, 0x62, 0x00]);

        var run = CliRun.Of("scan", repo.Root, "--format", "json", "--no-progress", "--fail-on", "none");

        var byReason = JsonDocument.Parse(run.Out).RootElement.GetProperty("coverage").GetProperty("notCheckedByReason");
        Assert.Equal(2, byReason.GetProperty("noSchema").GetInt32());
        Assert.Equal(1, byReason.GetProperty("tooLarge").GetInt32());
        Assert.Equal(1, byReason.GetProperty("binary").GetInt32());
        Assert.Equal(0, byReason.GetProperty("unreadable").GetInt32());
    }

    [Fact]
    public void The_table_ends_with_the_not_checked_line_naming_the_setting_of_the_limit()
    {
        using var repo = Repository();

        var run = CliRun.Of("scan", repo.Root, "--no-progress", "--fail-on", "none");

        var last = run.Out.TrimEnd().Split('\n')[^1];
        Assert.Equal("Not checked: 2 kinds without a schema (info), 1 file over the size limit (scan.limits.maxFileBytes).", last.Trim());
    }

    [Fact]
    public void A_skipped_rule_is_still_counted_as_not_checked()
    {
        using var repo = Repository();

        var run = CliRun.Of("scan", repo.Root, "--format", "json", "--no-progress", "--fail-on", "none", "--skip-rule", "RMP-SCHEMA-010");

        var report = JsonDocument.Parse(run.Out).RootElement;
        Assert.DoesNotContain(report.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "RMP-SCHEMA-010");
        Assert.Equal(2, report.GetProperty("coverage").GetProperty("notCheckedByReason").GetProperty("noSchema").GetInt32());
    }

    [Fact]
    public void A_clean_scan_says_nothing_was_left_unchecked()
    {
        using var repo = new TempFolder().Write("ok.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\ndata: {}\n");

        var run = CliRun.Of("scan", repo.Root, "--no-progress");

        Assert.Equal("Not checked: nothing.", run.Out.TrimEnd().Split('\n')[^1].Trim());
    }
}
