using Rampart.Findings;
using Rampart.Policies.CrossObject;
using Rampart.Testing;
using Rampart.Tests.Scanning;

namespace Rampart.Tests.Policies.CrossObject;

/// <summary>Checks across objects in a scan: each offending object is reported at its own line, naming the others and where they stand.</summary>
public sealed class CrossObjectScanTests
{
    private static string Ingress(string ns, string name, string host, string path) =>
        "apiVersion: networking.k8s.io/v1\nkind: Ingress\n" + $"metadata: {{name: {name}, namespace: {ns}}}\n" + "spec:\n  ingressClassName: nginx\n  rules:\n"
        + $"    - host: {host}\n      http:\n        paths:\n          - path: {path}\n            pathType: Prefix\n"
        + "            backend: {service: {name: web, port: {number: 80}}}\n";

    private static string Service(string ns, string name, string selector, string extra = "") =>
        $"apiVersion: v1\nkind: Service\nmetadata: {{name: {name}, namespace: {ns}}}\nspec:\n  selector: {selector}\n{extra}  ports: [{{port: 80}}]\n";

    private static string Deployment(string ns, string name) =>
        $"apiVersion: apps/v1\nkind: Deployment\nmetadata: {{name: {name}, namespace: {ns}}}\nspec:\n  selector: {{matchLabels: {{app: {name}}}}}\n  template:\n    metadata: {{labels: {{app: {name}}}}}\n    spec: {{containers: [{{name: c, image: nginx:1.27}}]}}\n";

    private static string Autoscaler(string ns, string target) =>
        $"apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {{name: hpa, namespace: {ns}}}\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: {target}\n  minReplicas: 2\n  maxReplicas: 4\n";

    [Fact]
    public async Task Two_Ingresses_routing_one_host_and_path_are_both_reported_naming_each_other()
    {
        using var repo = new RepositoryBuilder()
            .File("a/ingress.yaml", Ingress("shop", "web", "shop.example.com", "/api"))
            .File("b/ingress.yaml", Ingress("blog", "web", "shop.example.com", "/api"))
            .File("c/ingress.yaml", Ingress("docs", "web", "shop.example.com", "/docs"))
            .Build();

        var report = await Scans.Run(repo);

        var findings = report.Findings.Where(f => f.RuleId == CrossObjectRules.UniqueIngressHost.Id).OrderBy(f => f.Location.Path, StringComparer.Ordinal).ToList();
        Assert.Equal([("a/ingress.yaml", 10), ("b/ingress.yaml", 10)], findings.Select(f => (f.Location.Path, f.Location.Line)));
        Assert.Equal("Host shop.example.com, path /api (ingress class nginx) routes the same host and path as Ingress blog/web at b/ingress.yaml:10.", findings[0].Message);
        Assert.Contains("Ingress shop/web at a/ingress.yaml:10", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Services_of_one_namespace_with_one_selector_are_reported_but_not_a_headless_one_or_another_namespace()
    {
        using var repo = new RepositoryBuilder()
            .File("svc.yaml", Service("shop", "web", "{app: web, tier: front}") + "---\n" + Service("shop", "web-copy", "{tier: front, app: web}")
                + "---\n" + Service("shop", "web-headless", "{app: web, tier: front}", "  clusterIP: None\n") + "---\n" + Service("blog", "web", "{app: web, tier: front}"))
            .Build();

        var report = await Scans.Run(repo);

        var findings = report.Of("svc.yaml", CrossObjectRules.UniqueServiceSelector.Id);
        Assert.Equal(["shop/web", "shop/web-copy"], findings.Select(f => $"{f.Resource!.Namespace}/{f.Resource.Name}").Order(StringComparer.Ordinal));
        Assert.Contains(findings, f => f.Message == "The selector app=web,tier=front is also the selector of Service shop/web-copy at svc.yaml:12.");
    }

    [Fact]
    public async Task An_autoscaler_whose_target_is_missing_is_reported_only_where_the_scan_saw_workloads()
    {
        using var repo = new RepositoryBuilder()
            .File("shop/app.yaml", Deployment("shop", "web") + "---\n" + Autoscaler("shop", "web"))
            .File("shop/typo.yaml", Autoscaler("shop", "wbe"))
            .File("elsewhere/hpa.yaml", Autoscaler("payments", "api"))
            .Build();

        var report = await Scans.Run(repo);

        var finding = Assert.Single(report.Findings, f => f.RuleId == CrossObjectRules.MissingScaleTarget.Id);
        Assert.Equal(("shop/typo.yaml", 6), (finding.Location.Path, finding.Location.Line));
        Assert.Contains("Deployment shop/wbe", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_annotation_and_comments_suppress_cross_object_findings_of_their_object()
    {
        using var repo = new RepositoryBuilder()
            .File("svc.yaml", "# rampart:ignore RMP-K8S-079 the canary Service shares the selector on purpose\n" + Service("shop", "web", "{app: web}")
                + "---\n" + Service("shop", "canary", "{app: web}"))
            .Build();

        var report = await Scans.Run(repo);

        var byName = report.Of("svc.yaml", CrossObjectRules.UniqueServiceSelector.Id).ToDictionary(f => f.Resource!.Name!, f => f.Status);
        Assert.Equal(FindingStatus.Suppressed, byName["web"]);
        Assert.Equal(FindingStatus.Open, byName["canary"]);
    }
}
