using System.Text.Json;
using Rampart.Testing;

namespace Rampart.Cli.Tests;

/// <summary><c>rampart owners explain</c> gives every finding of a scan the owners and responsibility the scan gave it.</summary>
public sealed class OwnersExplainAgreementTests
{
    private static string Example => Path.Combine(RepositoryPaths.Root, "examples", "gitops-repo");

    /// <summary>The object a property holds, or null when it is absent or null.</summary>
    private static JsonElement? Object(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    [Fact]
    public void Owners_explain_agrees_with_the_scan_on_every_finding_of_the_example_repository()
    {
        var scan = CliRun.Of("scan", Example, "--format", "json", "--no-progress");
        var findings = JsonDocument.Parse(scan.Out).RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.True(findings.Count > 20, $"the example has findings of many kinds; got {findings.Count}");
        Assert.Contains(findings, f => Object(f, "resource") is { } r && r.TryGetProperty("namespace", out var ns) && ns.ValueKind == JsonValueKind.String);
        Assert.Contains(findings, f => Object(f, "origin") is not null);

        var disagreements = new List<string>();
        foreach (var finding in findings)
        {
            var args = new List<string> { "owners", "explain", finding.GetProperty("path").GetString()!, "--root", Example, "--rule", finding.GetProperty("ruleId").GetString()! };
            if (Object(finding, "resource") is { } resource)
            {
                args.AddRange(["--kind", resource.GetProperty("kind").GetString()!]);
                if (resource.TryGetProperty("namespace", out var ns) && ns.GetString() is { } name)
                {
                    args.AddRange(["--namespace", name]);
                }
            }

            if (Object(finding, "origin") is { } origin)
            {
                args.AddRange(["--entry-point", origin.GetProperty("entryPoint").GetProperty("path").GetString()!]);
            }

            var owners = finding.GetProperty("owners").EnumerateArray().Select(o => o.GetString()).ToList();
            var expected = owners.Count == 0
                ? $"result: no owner; responsibility {finding.GetProperty("responsibility").GetString()}"
                : $"result: owners {string.Join(" ", owners)}; responsibility {finding.GetProperty("responsibility").GetString()}";
            var explained = CliRun.Of([.. args]);
            var result = explained.Out.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("result:", StringComparison.Ordinal));
            if (explained.ExitCode != 0 || result != expected)
            {
                disagreements.Add($"{string.Join(" ", args.Skip(2))}: scan '{expected}', explain '{result}' (exit {explained.ExitCode}) {explained.Error}");
            }
        }

        Assert.Empty(disagreements);
    }

    [Fact]
    public void A_kind_without_a_namespace_is_a_cluster_scoped_resource_and_a_namespace_routes()
    {
        using var repo = new TempFolder()
            .Write("rampart.yaml", "routing:\n  - match: {kind: ClusterRole, clusterScoped: true}\n    owners: ['@acme/platform']\n  - match: {namespace: shop}\n    owners: ['@acme/shop']\n");

        var cluster = CliRun.Of("owners", "explain", "rbac.yaml", "--root", repo.Root, "--kind", "ClusterRole");
        var shop = CliRun.Of("owners", "explain", "web.yaml", "--root", repo.Root, "--kind", "Deployment", "--namespace", "shop");

        Assert.Contains("result: owners @acme/platform;", cluster.Out, StringComparison.Ordinal);
        Assert.Contains("result: owners @acme/shop;", shop.Out, StringComparison.Ordinal);
        Assert.Contains("routing rule at rampart.yaml:2 does not match: kind Deployment is not ClusterRole", shop.Out, StringComparison.Ordinal);
    }
}
