using System.Text.Json.Nodes;

namespace Rampart.Cli.Tests.Audit;

/// <summary>
/// <c>rampart audit</c> against recorded API responses: a paged Deployment list whose continue token expires (410
/// Gone) and is listed again, Pods the credentials may not list (403), a ClusterRoleBinding, and a repository that
/// deploys the objects through Flux (Kustomization and HelmRelease) and Argo CD, with a CODEOWNERS file.
/// </summary>
public sealed class AuditCommandTests
{
    private const string Deployments = "/apis/apps/v1/deployments?limit=500";
    private const string PolicyReports = "/apis/wgpolicyk8s.io/v1alpha2/namespaces/shop/policyreports";
    private const string ClusterPolicyReports = "/apis/wgpolicyk8s.io/v1alpha2/clusterpolicyreports";

    [Fact]
    public void A_list_whose_continue_token_expires_is_listed_again_and_every_object_is_checked_once()
    {
        using var repo = Repository();
        using var server = Cluster();

        var run = CliRun.Of("audit", "--kubeconfig", server.WriteKubeconfig(repo.Root), "--repo", repo.Root);

        var deploymentRequests = server.Requests.Where(r => r.PathAndQuery.StartsWith("/apis/apps/v1/deployments", StringComparison.Ordinal)).Select(r => r.PathAndQuery);
        Assert.Equal([Deployments, Deployments + "&continue=tok1", Deployments, Deployments + "&continue=tok2"], deploymentRequests);
        Assert.All(server.Requests, r => Assert.Equal("Bearer recorded-token", r.Authorization));
        var shop = Report(run, "PolicyReport", "shop");
        var privileged = Results(shop, "RMP-K8S-004");
        Assert.Equal(["api", "cache", "stray", "web"], privileged.Select(r => r["resources"]![0]!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(privileged.Count, privileged.Select(r => r["resources"]![0]!["uid"]!.GetValue<string>()).Distinct().Count());
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void A_list_that_keeps_expiring_is_listed_again_three_times_and_then_reported_as_not_checked()
    {
        using var repo = Repository();
        using var server = new RecordedApiServer();
        for (var i = 0; i < 4; i++)
        {
            server.On("GET", Deployments, 200, List("stale", Deployment("web", """ "labels": {} """)))
                .On("GET", Deployments + "&continue=stale", 410, """{"kind":"Status","reason":"Expired","code":410}""");
        }

        var run = CliRun.Of("audit", "--kubeconfig", server.WriteKubeconfig(repo.Root), "--format", "json");

        Assert.Equal(8, server.Requests.Count(r => r.PathAndQuery.StartsWith("/apis/apps/v1/deployments", StringComparison.Ordinal)));
        Assert.Contains("not checked: Deployment (apps/v1): the list expired (410 Gone) 4 times while paging", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(JsonNode.Parse(run.Out)!["findings"]!.AsArray(), f => f!["ruleId"]!.GetValue<string>() == "RMP-K8S-004");
    }

    [Fact]
    public void A_kind_the_credentials_may_not_list_is_reported_as_not_checked()
    {
        using var repo = Repository();
        using var server = Cluster();

        var run = CliRun.Of("audit", "--kubeconfig", server.WriteKubeconfig(repo.Root), "--format", "json");

        Assert.Contains("not checked: Pod (v1): 403 pods is forbidden", run.Error, StringComparison.Ordinal);
        var notChecked = JsonNode.Parse(run.Out)!["coverage"]!["notChecked"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Contains(notChecked, n => n.StartsWith("Pod (v1): 403", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_object_is_traced_to_the_git_path_that_deployed_it_and_its_codeowners()
    {
        using var repo = Repository();
        using var server = Cluster();

        var run = CliRun.Of("audit", "--kubeconfig", server.WriteKubeconfig(repo.Root), "--repo", repo.Root);

        var byName = Results(Report(run, "PolicyReport", "shop"), "RMP-K8S-004").ToDictionary(r => r["resources"]![0]!["name"]!.GetValue<string>(), r => r["properties"]!);
        Assert.Equal("apps/shop/deployment.yaml", byName["web"]["gitPath"]!.GetValue<string>());
        Assert.Equal("1", byName["web"]["gitLine"]!.GetValue<string>());
        Assert.Equal("Flux Kustomization flux-system/apps (clusters/prod/apps.yaml)", byName["web"]["deployedBy"]!.GetValue<string>());
        Assert.Equal("@shop-team", byName["web"]["owners"]!.GetValue<string>());
        Assert.Equal("apps/api/deployment.yaml", byName["api"]["gitPath"]!.GetValue<string>());
        Assert.Equal("@api-team", byName["api"]["owners"]!.GetValue<string>());
        Assert.Equal("releases/cache.yaml", byName["cache"]["gitPath"]!.GetValue<string>());
        Assert.Null(byName["cache"]["gitLine"]);
        Assert.Equal("@platform", byName["cache"]["owners"]!.GetValue<string>());
        Assert.Null(byName["stray"]["gitPath"]);
        Assert.Equal("no Flux or Argo CD label or annotation names what deployed it", byName["stray"]["untraced"]!.GetValue<string>());
        Assert.Equal("", byName["stray"]["owners"]!.GetValue<string>());
    }

    [Fact]
    public void Policy_reports_hold_one_result_per_finding_with_policy_severity_resource_and_summary()
    {
        using var repo = Repository();
        using var server = Cluster();

        var run = CliRun.Of("audit", "--kubeconfig", server.WriteKubeconfig(repo.Root), "--repo", repo.Root);

        var shop = Report(run, "PolicyReport", "shop");
        Assert.Equal("wgpolicyk8s.io/v1alpha2", shop["apiVersion"]!.GetValue<string>());
        Assert.Equal("rampart-audit", shop["metadata"]!["name"]!.GetValue<string>());
        var web = Results(shop, "RMP-K8S-004").Single(r => r["resources"]![0]!["name"]!.GetValue<string>() == "web");
        Assert.Equal("fail", web["result"]!.GetValue<string>());
        Assert.Equal("rampart", web["source"]!.GetValue<string>());
        Assert.Equal("Privileged container", web["rule"]!.GetValue<string>());
        Assert.Equal("high", web["severity"]!.GetValue<string>());
        Assert.Equal("""{"apiVersion":"apps/v1","kind":"Deployment","name":"web","namespace":"shop","uid":"uid-web"}""", web["resources"]![0]!.ToJsonString());
        Assert.Equal(shop["results"]!.AsArray().Count, shop["summary"]!["fail"]!.GetValue<int>());

        var cluster = Report(run, "ClusterPolicyReport", null);
        var admin = Assert.Single(Results(cluster, "RMP-K8S-042"));
        Assert.Equal("ops-admin", admin["resources"]![0]!["name"]!.GetValue<string>());
        Assert.Null(cluster["metadata"]!["namespace"]);
    }

    [Fact]
    public void Apply_creates_a_new_report_and_replaces_an_existing_one_with_its_resource_version()
    {
        using var repo = Repository();
        using var server = Cluster()
            .On("POST", PolicyReports, 201, "{}")
            .On("POST", ClusterPolicyReports, 409, """{"kind":"Status","reason":"AlreadyExists","code":409}""")
            .On("GET", ClusterPolicyReports + "/rampart-audit", 200, """{"kind":"ClusterPolicyReport","metadata":{"name":"rampart-audit","resourceVersion":"42"}}""")
            .On("PUT", ClusterPolicyReports + "/rampart-audit", 200, "{}");

        var run = CliRun.Of("audit", "--kubeconfig", server.WriteKubeconfig(repo.Root), "--repo", repo.Root, "--apply");

        Assert.Equal("", run.Out);
        Assert.Contains("PolicyReport shop/rampart-audit created", run.Error, StringComparison.Ordinal);
        Assert.Contains("ClusterPolicyReport rampart-audit updated", run.Error, StringComparison.Ordinal);
        var created = JsonNode.Parse(server.Requests.Single(r => r.Method == "POST" && r.PathAndQuery == PolicyReports).Body)!;
        Assert.Equal(4, Results(created, "RMP-K8S-004").Count);
        var replaced = JsonNode.Parse(server.Requests.Single(r => r.Method == "PUT").Body)!;
        Assert.Equal("42", replaced["metadata"]!["resourceVersion"]!.GetValue<string>());
        Assert.Single(Results(replaced, "RMP-K8S-042"));
    }

    [Fact]
    public async Task Audits_with_store_are_stored_per_cluster_and_what_the_next_audit_lacks_becomes_fixed()
    {
        using var repo = Repository();
        using var data = new TempFolder();
        var database = Path.Combine(data.Root, "rampart.db");
        using var first = Cluster();
        using var second = new RecordedApiServer().On("GET", Deployments, 200, List(null, Deployment("web", """ "labels": {} """)));

        var run1 = CliRun.Of("audit", "--kubeconfig", first.WriteKubeconfig(repo.Root), "--format", "json", "--store", "--database", database, "--cluster", "prod-eu");
        var run2 = CliRun.Of("audit", "--kubeconfig", second.WriteKubeconfig(repo.Root), "--format", "json", "--store", "--database", database, "--cluster", "prod-eu");

        Assert.Contains("stored", run1.Error, StringComparison.Ordinal);
        Assert.Equal(1, run2.ExitCode);
        await using var store = await Store.FindingStore.OpenAsync(Store.StoreDatabase.Sqlite(database), cancellation: TestContext.Current.CancellationToken);
        var stored = (await store.Queries.FindingsAsync(new Store.Queries.FindingFilter { Repository = "prod-eu", Branch = "audit", Limit = 1000 }, TestContext.Current.CancellationToken)).Items;
        var privileged = stored.Where(f => f.RuleId == "RMP-K8S-004").ToList();
        Assert.Equal(4, privileged.Count);
        Assert.Equal(["fixed", "fixed", "fixed", "open"], privileged.Select(f => f.Status).Order(StringComparer.Ordinal));
        Assert.Equal("fixed", Assert.Single(stored, f => f.RuleId == "RMP-K8S-042").Status);
    }

    private static JsonNode Report(CliRun run, string kind, string? ns) =>
        JsonNode.Parse(run.Out)!["items"]!.AsArray().Single(r => r!["kind"]!.GetValue<string>() == kind && r["metadata"]!["namespace"]?.GetValue<string>() == ns)!;

    private static List<JsonNode> Results(JsonNode report, string policy) =>
        [.. report["results"]!.AsArray().Where(r => r!["policy"]!.GetValue<string>() == policy).Select(r => r!)];

    private static RecordedApiServer Cluster() => new RecordedApiServer()
        .On("GET", Deployments, 200, List("tok1", Deployment("web", """ "labels": {"kustomize.toolkit.fluxcd.io/name": "apps", "kustomize.toolkit.fluxcd.io/namespace": "flux-system"} """)))
        .On("GET", Deployments + "&continue=tok1", 410, """{"kind":"Status","apiVersion":"v1","status":"Failure","message":"The provided continue parameter is too old to display a consistent list result.","reason":"Expired","code":410}""")
        .On("GET", Deployments, 200, List("tok2", Deployment("web", """ "labels": {"kustomize.toolkit.fluxcd.io/name": "apps", "kustomize.toolkit.fluxcd.io/namespace": "flux-system"} """)))
        .On("GET", Deployments + "&continue=tok2", 200, List(
            null,
            Deployment("api", """ "annotations": {"argocd.argoproj.io/tracking-id": "shop-api:apps/Deployment:shop/api"} """),
            Deployment("cache", """ "labels": {"helm.toolkit.fluxcd.io/name": "cache", "helm.toolkit.fluxcd.io/namespace": "shop"} """),
            Deployment("stray", """ "labels": {"app": "stray"} """)))
        .On("GET", "/api/v1/pods?limit=500", 403, """{"kind":"Status","apiVersion":"v1","status":"Failure","message":"pods is forbidden: User \"auditor\" cannot list resource \"pods\" in API group \"\" at the cluster scope","reason":"Forbidden","code":403}""")
        .On("GET", "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings?limit=500", 200, List(null, """
            {"metadata": {"name": "ops-admin", "uid": "uid-ops-admin", "resourceVersion": "7"},
             "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cluster-admin"},
             "subjects": [{"kind": "User", "apiGroup": "rbac.authorization.k8s.io", "name": "alice"}]}
            """));

    private static string List(string? token, params string[] items) =>
        """{"kind":"List","apiVersion":"v1","metadata":{"resourceVersion":"100"CONTINUE},"items":[ITEMS]}"""
            .Replace("CONTINUE", token is null ? "" : $",\"continue\":\"{token}\"", StringComparison.Ordinal)
            .Replace("ITEMS", string.Join(",", items), StringComparison.Ordinal);

    private static string Deployment(string name, string metadata) => """
        {"metadata": {"name": "NAME", "namespace": "shop", "uid": "uid-NAME", "resourceVersion": "10", METADATA},
         "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "NAME"}},
           "template": {"metadata": {"labels": {"app": "NAME"}},
             "spec": {"containers": [{"name": "main", "image": "registry.example/NAME:1.0", "securityContext": {"privileged": true}}]}}},
         "status": {"replicas": 2}}
        """.Replace("METADATA", metadata, StringComparison.Ordinal).Replace("NAME", name, StringComparison.Ordinal);

    private static TempFolder Repository() => new TempFolder()
        .Write("CODEOWNERS", "/apps/shop/ @shop-team\n/apps/api/ @api-team\n/releases/ @platform\n")
        .Write("clusters/prod/apps.yaml", """
            apiVersion: kustomize.toolkit.fluxcd.io/v1
            kind: Kustomization
            metadata:
              name: apps
              namespace: flux-system
            spec:
              path: ./apps/shop
              sourceRef:
                kind: GitRepository
                name: flux-system
            """)
        .Write("apps/shop/kustomization.yaml", "resources:\n  - deployment.yaml\n")
        .Write("apps/shop/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\n")
        .Write("argocd/shop-api.yaml", """
            apiVersion: argoproj.io/v1alpha1
            kind: Application
            metadata:
              name: shop-api
              namespace: argocd
            spec:
              source:
                repoURL: https://git.example/shop.git
                path: apps/api
            """)
        .Write("apps/api/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: shop\n")
        .Write("releases/cache.yaml", """
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata:
              name: cache
              namespace: shop
            spec:
              chart:
                spec:
                  chart: redis
            """);
}
