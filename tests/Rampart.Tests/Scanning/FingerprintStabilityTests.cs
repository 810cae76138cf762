using Rampart.Testing;
using Rampart.Findings;
using Rampart.Scanning;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Scanning;

/// <summary>
/// Fingerprints through a whole scan: they must survive edits that do not change the problem (lines inserted
/// above, reformatting, other objects added, the file moved) and change when the problem is a different one.
/// </summary>
public sealed class FingerprintStabilityTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  securityContext:
                    privileged: true
                - name: sidecar
                  image: envoy:1.31
        """;

    private const string Reformatted = """
        # Same object, written differently: flow style, other key order, quotes.
        kind: Deployment
        apiVersion: "apps/v1"
        metadata: {namespace: shop, name: web}
        spec:
          template:
            spec:
              containers:
              - {name: web, securityContext: {privileged: true}, image: "nginx:1.27"}
              - {image: "envoy:1.31", name: sidecar}
            metadata: {labels: {app: web}}
          selector: {matchLabels: {app: web}}
        """;

    private const string OtherObject = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
          namespace: shop
        data:
          retries: "3"
        """;

    private static Dictionary<string, string> Fingerprints(params (string Path, string Text)[] files)
    {
        var builder = new RepositoryBuilder();
        foreach (var (path, text) in files)
        {
            builder.File(path, text);
        }

        using var repo = builder.Build();
        var report = Scanner.RunAsync(ScanOptions.ForFolder(repo.Root), TestContext.Current.CancellationToken).GetAwaiter().GetResult().Report!;
        return report.Findings
            .Where(f => f.Resource is { Name: "web" })
            .ToDictionary(f => $"{f.RuleId} {f.Location.FieldPath}", f => f.Fingerprint);
    }

    private static readonly Lazy<Dictionary<string, string>> Original = new(() => Fingerprints(("apps/web.yaml", Deployment)));

    [Fact]
    public void The_scan_reports_the_privileged_container()
    {
        Assert.Contains("RMP-K8S-004 spec.template.spec.containers[0].securityContext.privileged", Original.Value.Keys);
    }

    [Fact]
    public void Lines_inserted_above_and_another_object_before_it_change_nothing()
    {
        var edited = Fingerprints(("apps/web.yaml", "# Owned by the shop team.\n\n" + OtherObject + "\n---\n" + Deployment));

        Assert.Equal(Original.Value, edited);
    }

    [Fact]
    public void Reformatting_changes_nothing()
    {
        Assert.Equal(Original.Value, Fingerprints(("apps/web.yaml", Reformatted)));
    }

    [Fact]
    public void Moving_the_file_changes_nothing()
    {
        Assert.Equal(Original.Value, Fingerprints(("clusters/prod/shop/web-deployment.yaml", Deployment)));
    }

    [Fact]
    public void A_container_inserted_before_keeps_the_other_containers_findings()
    {
        var withInit = Deployment.Replace("      containers:\n", "      containers:\n        - name: migrate\n          image: migrate:2\n", StringComparison.Ordinal);

        var edited = Fingerprints(("apps/web.yaml", withInit));

        var privileged = Original.Value["RMP-K8S-004 spec.template.spec.containers[0].securityContext.privileged"];
        Assert.Equal(privileged, edited["RMP-K8S-004 spec.template.spec.containers[1].securityContext.privileged"]);
    }

    [Fact]
    public void The_same_problem_on_another_container_or_resource_is_a_different_finding()
    {
        var onSidecar = Deployment
            .Replace("          securityContext:\n            privileged: true\n", "", StringComparison.Ordinal)
            .Replace("image: envoy:1.31", "image: envoy:1.31\n          securityContext:\n            privileged: true", StringComparison.Ordinal);

        var moved = Fingerprints(("apps/web.yaml", onSidecar));

        var original = Original.Value["RMP-K8S-004 spec.template.spec.containers[0].securityContext.privileged"];
        Assert.NotEqual(original, moved["RMP-K8S-004 spec.template.spec.containers[1].securityContext.privileged"]);
        Assert.DoesNotContain(original, moved.Values);
    }
}
