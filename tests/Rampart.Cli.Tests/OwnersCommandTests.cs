namespace Rampart.Cli.Tests;

public sealed class OwnersCommandTests
{
    [Fact]
    public void Explain_names_the_winning_codeowners_line_and_the_routing_rules()
    {
        using var repo = new TempFolder()
            .Write("CODEOWNERS", "* @acme/platform\n/apps/ @acme/devs\n")
            .Write("rampart.yaml", "teams:\n  - name: security\n    handles: ['@acme/security']\nrouting:\n  - match: {category: secret}\n    owners: [security]\n");

        var run = CliRun.Of("owners", "explain", "apps/web.yaml", "--root", repo.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("apps/web.yaml: @acme/devs", run.Out, StringComparison.Ordinal);
        Assert.Contains("routing rule at rampart.yaml:5 does not match: category is misconfiguration, not secret", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_routes_its_findings_and_sets_their_responsibility()
    {
        using var repo = new TempFolder()
            .Write("CODEOWNERS", "* @acme/platform\n")
            .Write("rampart.yaml", "teams:\n  - name: security\n    handles: ['@acme/security']\nrouting:\n  - match: {rule: 'RMP-K8S-049'}\n    owners: [security]\n    responsibility: security\n");

        var run = CliRun.Of("owners", "explain", "--rule", "RMP-K8S-049", "--path", "apps/web.yaml", "--root", repo.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("routing rule at rampart.yaml:5 matches: adds @acme/security, responsibility security", run.Out, StringComparison.Ordinal);
        Assert.Contains("result: owners @acme/platform @acme/security; responsibility security", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_rule_is_a_usage_error()
    {
        using var repo = new TempFolder().Write("CODEOWNERS", "* @a\n");

        Assert.Equal(2, CliRun.Of("owners", "explain", "x.yaml", "--root", repo.Root, "--rule", "NOPE-1").ExitCode);
    }
}
