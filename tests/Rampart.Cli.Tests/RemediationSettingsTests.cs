using System.Text.RegularExpressions;
using Rampart.Configuration;
using Rampart.Scanning;

namespace Rampart.Cli.Tests;

/// <summary>A remediation that tells the user to raise a limit names the setting that raises it, and that setting exists.</summary>
public sealed partial class RemediationSettingsTests
{
    [Fact]
    public void Every_setting_a_remediation_names_exists_in_rampart_yaml_or_on_the_command_line()
    {
        var help = CliRun.Of("scan", "--help").Out;
        var named = RuleCatalog.All.SelectMany(rule => Settings().Matches(rule.Remediation ?? "").Select(m => (rule.Id, Setting: m.Value.TrimEnd('.')))).ToList();
        Assert.Contains(named, n => n.Setting == "scan.limits.maxFileBytes");

        var missing = named.Where(n => n.Setting.StartsWith("--", StringComparison.Ordinal)
                ? !help.Contains(n.Setting, StringComparison.Ordinal)
                : !ConfigLoader.Parse(AsYaml(n.Setting), "rampart.yaml").Ok)
            .Select(n => $"{n.Id}: {n.Setting}")
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_remediation_that_says_to_raise_a_limit_names_its_setting()
    {
        var vague = RuleCatalog.All
            .Where(rule => Raise().IsMatch(rule.Remediation ?? "") && !Settings().IsMatch(rule.Remediation ?? ""))
            .Select(rule => $"{rule.Id}: {rule.Remediation}")
            .ToList();

        Assert.Empty(vague);
    }

    [Fact]
    public void The_limits_in_rampart_yaml_reach_the_scan()
    {
        using var repo = new TempFolder()
            .Write("rampart.yaml", "scan:\n  limits:\n    maxFileBytes: 100\n    maxFiles: 7\n    maxFolderDepth: 3\n");

        var settings = ScanSettings.Resolve(new ScanRequest { Path = repo.Root });

        Assert.Empty(settings.Errors);
        Assert.Equal((100L, 7, 3), (settings.Options!.Discovery.MaxFileBytes, settings.Options.Discovery.MaxFiles, settings.Options.Discovery.MaxDepth));
    }

    [Theory]
    [InlineData("maxFileBytes: 0")]
    [InlineData("maxFiles: many")]
    [InlineData("maxDepth: 3")]
    public void A_limit_that_is_no_whole_number_from_one_or_an_unknown_limit_is_an_error_at_its_line(string entry)
    {
        var error = Assert.Single(ConfigLoader.Parse($"scan:\n  limits:\n    {entry}\n", "rampart.yaml").Errors);

        Assert.Equal(3, error.Line);
    }

    /// <summary>A dotted key (<c>scan.limits.maxFiles</c>) as the YAML that sets it to 1.</summary>
    private static string AsYaml(string key)
    {
        var parts = key.Split('.');
        return string.Concat(parts.Select((part, depth) => new string(' ', depth * 2) + part + (depth == parts.Length - 1 ? ": 1\n" : ":\n")));
    }

    /// <summary>A rampart.yaml key under scan (<c>scan.limits.maxFiles</c>) or a flag (<c>--max-files</c>).</summary>
    [GeneratedRegex(@"\bscan(\.[A-Za-z]+)+|(?<![\w-])--[a-z][a-z-]+")]
    private static partial System.Text.RegularExpressions.Regex Settings();

    [GeneratedRegex(@"\braise\b.*\blimit|\blimit\b.*\braise", RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Raise();
}
