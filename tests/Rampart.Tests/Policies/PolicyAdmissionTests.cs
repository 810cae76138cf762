using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Policies;
using Rampart.Kubernetes.Admission;
using Rampart.Policies.Evaluation;

namespace Rampart.Tests.Policies;

/// <summary>
/// Policies see the admission request they are evaluated for: its operation (matched against
/// <c>matchConstraints</c>), its user, the old object of an UPDATE or a DELETE, and the namespace object and params
/// when the caller gives them. A scan is a CREATE by <c>rampart</c>.
/// </summary>
public sealed class PolicyAdmissionTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: shop
          namespace: team-a
          labels: {tier: web}
        spec:
          replicas: 3
        """;

    private static readonly KubernetesObject Current = TestObjects.Read("new.yaml", Deployment).Single();
    private static readonly KubernetesObject Previous = TestObjects.Read("old.yaml", Deployment.Replace("replicas: 3", "replicas: 5", StringComparison.Ordinal)).Single();

    private static string UpdatesOnly => PolicyText.DeploymentsAndPods.Replace("[\"CREATE\", \"UPDATE\"]", "[\"UPDATE\"]", StringComparison.Ordinal);

    private static string DeletesOnly => PolicyText.DeploymentsAndPods.Replace("[\"CREATE\", \"UPDATE\"]", "[\"DELETE\"]", StringComparison.Ordinal);

    [Fact]
    public void A_scan_is_a_create_by_rampart_in_the_authenticated_group_without_an_old_object()
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("""
            - expression: "!(request.operation == 'CREATE' && request.userInfo.username == 'rampart' && request.userInfo.groups == ['system:authenticated'] && oldObject == null && request.options.kind == 'CreateOptions')"
            """));

        var finding = Assert.Single(PolicyRun.Analyze(analyzer, "d.yaml", Deployment));

        Assert.Equal("TEST-001", finding.RuleId);
    }

    [Fact]
    public void A_policy_for_updates_only_does_not_apply_to_a_scan_but_to_an_update()
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("- expression: \"false\"", match: UpdatesOnly));
        var update = new AdmissionAttributes { Operation = AdmissionOperation.Update, OldObject = Previous };

        Assert.Empty(PolicyRun.Analyze(analyzer, [Current]));
        Assert.Single(Analyze(analyzer, Current, update));
    }

    [Fact]
    public void An_update_sees_the_old_object()
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("""
            - expression: object.spec.replicas >= oldObject.spec.replicas
              messageExpression: "'scaled down from ' + string(oldObject.spec.replicas) + ' by ' + request.userInfo.username"
            """));
        var update = new AdmissionAttributes
        {
            Operation = AdmissionOperation.Update,
            OldObject = Previous,
            User = new AdmissionUser("alice", ["devs"]),
        };

        var finding = Assert.Single(Analyze(analyzer, Current, update));

        Assert.Equal("scaled down from 5 by alice", finding.Message);
        Assert.Equal("new.yaml", finding.Location.Path);
    }

    [Fact]
    public void A_delete_has_no_object_and_its_findings_are_located_in_the_old_object()
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("""
            - expression: "!(object == null && oldObject.metadata.name == 'shop' && request.operation == 'DELETE' && request.name == 'shop' && request.options.kind == 'DeleteOptions')"
            """, match: DeletesOnly));
        var delete = new AdmissionAttributes { Operation = AdmissionOperation.Delete, OldObject = Previous };

        var finding = Assert.Single(Analyze(analyzer, null, delete));

        Assert.Equal("TEST-001", finding.RuleId);
        Assert.Equal("old.yaml", finding.Location.Path);
        Assert.Equal("Deployment/team-a/shop", finding.Resource!.ToString());
    }

    [Fact]
    public void The_object_selector_of_an_update_matches_the_old_object_s_labels_too()
    {
        var selector = UpdatesOnly + "\nobjectSelector:\n  matchLabels: {tier: web}";
        var analyzer = PolicyRun.FromText(PolicyText.Policy("- expression: \"false\"", match: selector));
        var relabelled = TestObjects.Read("new.yaml", Deployment.Replace("tier: web", "tier: api", StringComparison.Ordinal)).Single();

        Assert.Single(Analyze(analyzer, relabelled, new AdmissionAttributes { Operation = AdmissionOperation.Update, OldObject = Previous }));
        Assert.Empty(Analyze(analyzer, relabelled, new AdmissionAttributes { Operation = AdmissionOperation.Update, OldObject = relabelled }));
    }

    [Fact]
    public void The_namespace_object_and_params_of_the_attributes_are_what_policies_see()
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("""
            - expression: "!(namespaceObject.metadata.labels.env == 'prod' && params.maxReplicas == 2)"
            """, match: PolicyText.DeploymentsAndPods + "\nnamespaceSelector:\n  matchLabels: {env: prod}"));
        var ns = TestObjects.Read("ns.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n  labels: {env: prod}\n").Single();
        var parameters = TestObjects.Read("p.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: p}\nmaxReplicas: 2\n").Single();
        var attributes = AdmissionAttributes.Scan with { NamespaceObject = ns.Root, Params = parameters.Root };

        Assert.Single(Analyze(analyzer, Current, attributes));
        Assert.Empty(PolicyRun.Analyze(analyzer, [Current]));
    }

    [Fact]
    public void The_index_handed_in_is_the_one_policies_see()
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("- expression: \"false\"", match: PolicyText.DeploymentsAndPods + "\nnamespaceSelector:\n  matchLabels: {env: prod}"));
        var prod = TestObjects.Read("ns.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n  labels: {env: prod}\n");

        Assert.Single(Analyze(analyzer, Current, AdmissionAttributes.Scan, RepositoryIndex.Build(prod)));
        Assert.Empty(Analyze(analyzer, Current, AdmissionAttributes.Scan, RepositoryIndex.Empty));
    }

    [Theory]
    [InlineData(AdmissionOperation.Create, true, true)]
    [InlineData(AdmissionOperation.Connect, true, true)]
    [InlineData(AdmissionOperation.Delete, true, true)]
    [InlineData(AdmissionOperation.Update, false, false)]
    public void A_request_the_api_server_never_sends_is_refused(AdmissionOperation operation, bool withObject, bool withOld)
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("- expression: \"true\""));
        var attributes = new AdmissionAttributes { Operation = operation, OldObject = withOld ? Previous : null };

        Assert.Throws<ArgumentException>(() => Analyze(analyzer, withObject ? Current : null, attributes));
    }

    private static List<Finding> Analyze(PolicyAnalyzer analyzer, KubernetesObject? obj, AdmissionAttributes attributes, RepositoryIndex? index = null)
    {
        var findings = new List<Finding>();
        analyzer.Analyze(obj, index ?? RepositoryIndex.Build([.. new[] { obj, attributes.OldObject }.OfType<KubernetesObject>()]), attributes, findings, TestContext.Current.CancellationToken);
        return findings;
    }
}
