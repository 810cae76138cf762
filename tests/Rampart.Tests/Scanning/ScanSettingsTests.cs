using Rampart.Findings;
using Rampart.Scanning;
using Rampart.Testing;

namespace Rampart.Tests.Scanning;

/// <summary>Flags over rampart.yaml over defaults, merged in the engine for every host.</summary>
public sealed class ScanSettingsTests
{
    private const string Config = "version: 1\ngate:\n  failOn: medium\nscan:\n  scanners: [schema]\n";

    [Fact]
    public void Without_flags_the_repository_configuration_decides()
    {
        using var repo = new RepositoryBuilder().File("rampart.yaml", Config).Build();

        var options = ScanSettings.Resolve(new ScanRequest { Path = repo.Root }).Options!;

        Assert.Equal(Severity.Medium, options.Gate.FailOn);
        Assert.Equal(["schema"], options.SelectedAnalyzers.Select(a => a.Name));
    }

    [Fact]
    public void Flags_win_over_the_repository_configuration()
    {
        using var repo = new RepositoryBuilder().File("rampart.yaml", Config).Build();

        var options = ScanSettings.Resolve(new ScanRequest { Path = repo.Root, FailOn = "critical", Scanners = ["policy"] }).Options!;

        Assert.Equal(Severity.Critical, options.Gate.FailOn);
        Assert.Equal(["policy"], options.SelectedAnalyzers.Select(a => a.Name));
    }

    [Fact]
    public void An_unknown_scanner_in_rampart_yaml_is_an_error_at_its_position()
    {
        using var repo = new RepositoryBuilder().File("rampart.yaml", "scan:\n  scanners:\n    - policy\n    - schema,secrets\n").Build();

        var result = ScanSettings.Resolve(new ScanRequest { Path = repo.Root });

        Assert.Null(result.Options);
        Assert.Equal(["rampart.yaml:4:7: unknown scanner 'secrets' (expected: schema, policy, cross-object, secret, vuln)"], result.Errors);
    }

    [Fact]
    public void Without_flags_or_configuration_the_defaults_apply()
    {
        using var repo = new RepositoryBuilder().File("app.yaml", "apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n").Build();

        var options = ScanSettings.Resolve(new ScanRequest { Path = repo.Root }).Options!;

        Assert.Equal(Severity.High, options.Gate.FailOn);
        Assert.Equal(["schema", "policy", "cross-object", "secret", "vuln"], options.SelectedAnalyzers.Select(a => a.Name));
        Assert.Equal(repo.Root, options.Artifact.Name);
    }

    [Fact]
    public void Every_mistake_is_reported_at_once_and_no_options_are_made()
    {
        using var repo = new RepositoryBuilder().File("rampart.yaml", "version: 1\ngate:\n  failOn: ~\n").Build();

        var result = ScanSettings.Resolve(new ScanRequest { Path = repo.Root, Scanners = ["nope"], Policies = ["/no/such/folder"] });

        Assert.Null(result.Options);
        Assert.Contains(result.Errors, e => e.StartsWith("rampart.yaml:3:", StringComparison.Ordinal));
        Assert.Contains("unknown scanner 'nope' (expected: schema, policy, cross-object, secret, vuln)", result.Errors);
        Assert.Contains("policy folder '/no/such/folder' does not exist", result.Errors);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_an_error() =>
        Assert.Equal(["'/no/such/repository' does not exist"], ScanSettings.Resolve(new ScanRequest { Path = "/no/such/repository" }).Errors);
}
