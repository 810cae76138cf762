using Rampart.Policies;

namespace Rampart.Tests.Policies;

public sealed class PolicyLocationTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: shop
        spec:
          selector:
            matchLabels: {app: shop}
          template:
            metadata:
              labels: {app: shop}
            spec:
              containers:
                - name: app
                  image: registry.example.com/shop:3.1.0
                  securityContext:
                    privileged: false
                - name: sidecar
                  image: registry.example.com/proxy:1.0.0
                  securityContext:
                    privileged: true
        """;

    [Fact]
    public void Privileged_second_container_is_reported_at_its_line_with_its_field_path()
    {
        var findings = PolicyRun.Analyze(PolicyRun.Only(BuiltIn("RMP-K8S-004")), "deploy.yaml", Deployment);

        var finding = Assert.Single(findings);
        Assert.Equal("deploy.yaml", finding.Location.Path);
        Assert.Equal(20, finding.Location.Line);
        Assert.Equal(13, finding.Location.Column);
        Assert.Equal("spec.template.spec.containers[1].securityContext.privileged", finding.Location.FieldPath);
        Assert.EndsWith("(containers[1] \"sidecar\")", finding.Message, StringComparison.Ordinal);
        Assert.Equal("Deployment/shop", finding.Resource!.ToString());
    }

    [Fact]
    public void A_missing_field_points_at_its_nearest_existing_parent_and_names_the_full_path()
    {
        var findings = PolicyRun.Analyze(PolicyRun.Only(BuiltIn("RMP-K8S-026")), "deploy.yaml", Deployment);

        Assert.Equal([13, 17], findings.Select(f => f.Location.Line));
        Assert.Equal(
            ["spec.template.spec.containers[0].resources.requests.cpu", "spec.template.spec.containers[1].resources.requests.cpu"],
            findings.Select(f => f.Location.FieldPath));
    }

    [Fact]
    public void A_missing_object_field_points_at_the_key_of_its_parent()
    {
        var findings = PolicyRun.Analyze(PolicyRun.Only(BuiltIn("RMP-K8S-056")), "deploy.yaml", Deployment);

        var finding = Assert.Single(findings);
        Assert.Equal(5, finding.Location.Line);
        Assert.Equal("spec.replicas", finding.Location.FieldPath);
    }

    [Fact]
    public void A_validation_that_is_not_a_list_check_is_located_at_its_hint()
    {
        var policy = Load(PolicyText.Policy(
            "- expression: \"!has(object.spec.template.spec.hostNetwork)\"\n  message: no host network",
            extraAnnotations: "rampart.dev/field: object.spec.template.spec.hostNetwork"));
        var text = Deployment.Replace("    spec:\n      containers:", "    spec:\n      hostNetwork: true\n      containers:", StringComparison.Ordinal);

        var finding = Assert.Single(PolicyRun.Analyze(PolicyRun.Only(policy), "d.yaml", text));

        Assert.Equal(12, finding.Location.Line);
        Assert.Equal("spec.template.spec.hostNetwork", finding.Location.FieldPath);
        Assert.Equal("no host network", finding.Message);
    }

    [Fact]
    public void Without_a_hint_each_failing_element_is_reported_at_its_own_line()
    {
        var policy = Load(PolicyText.Policy("- expression: \"object.spec.template.spec.containers.all(c, c.name != 'sidecar')\"\n  message: no sidecars"));

        var finding = Assert.Single(PolicyRun.Analyze(PolicyRun.Only(policy), "d.yaml", Deployment));

        Assert.Equal(17, finding.Location.Line);
        Assert.Equal("spec.template.spec.containers[1]", finding.Location.FieldPath);
    }

    [Fact]
    public void A_negated_exists_is_located_like_an_all()
    {
        var policy = Load(PolicyText.Policy(
            "- expression: \"!object.spec.template.spec.containers.exists(c, c.securityContext.privileged)\"\n  message: none privileged",
            extraAnnotations: "rampart.dev/field: c.securityContext.privileged"));

        var finding = Assert.Single(PolicyRun.Analyze(PolicyRun.Only(policy), "d.yaml", Deployment));

        Assert.Equal(20, finding.Location.Line);
    }

    [Fact]
    public void Map_keys_iterated_by_all_are_located_at_their_key()
    {
        var policy = Load(PolicyText.Policy(
            "- expression: \"object.spec.template.metadata.labels.all(k, k != 'app')\"\n  message: no app label",
            extraAnnotations: "rampart.dev/field: k"));

        var finding = Assert.Single(PolicyRun.Analyze(PolicyRun.Only(policy), "d.yaml", Deployment));

        Assert.Equal(10, finding.Location.Line);
        Assert.Equal("spec.template.metadata.labels.app", finding.Location.FieldPath);
    }

    [Fact]
    public void A_long_element_name_is_shortened_in_the_message()
    {
        var name = new string('p', 5000);
        var pod = $$"""
            apiVersion: v1
            kind: Pod
            metadata:
              name: web
            spec:
              containers:
                - name: web
                  image: registry.example.com/web:1.0.0
                  ports:
                    - name: {{name}}
                      containerPort: 80
            """;

        var finding = Assert.Single(PolicyRun.Analyze(PolicyRun.Only(BuiltIn("RMP-K8S-063")), "pod.yaml", pod));

        Assert.EndsWith($"(ports[0] \"{new string('p', 60)}…\")", finding.Message, StringComparison.Ordinal);
    }

    private static Policy BuiltIn(string id) => BuiltInPolicies.All.Policies.Single(p => p.Id == id);

    private static Policy Load(string text)
    {
        var result = PolicyLoader.LoadText("policy.yaml", text);
        Assert.Empty(result.Problems);
        return Assert.Single(result.Policies);
    }
}
