using Rampart.Findings;
using Rampart.Schemas;

namespace Rampart.Tests.Schemas;

public sealed class BuiltInSchemaTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels:
            app.kubernetes.io/name: web
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: web
          strategy:
            type: RollingUpdate
            rollingUpdate:
              maxSurge: 25%
              maxUnavailable: 1
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  ports:
                    - containerPort: 8080
                      protocol: TCP
                  resources:
                    requests:
                      cpu: 100m
                      memory: 128Mi
                    limits:
                      cpu: 1
                      memory: 0.5Gi
                  env:
                    - name: MODE
                      value: production
                    - name: EMPTY
                      value: null
        """;

    [Fact]
    public void Valid_deployment_has_no_findings()
    {
        var findings = SchemaAssert.Analyze(Deployment);

        Assert.True(findings.Count == 0, SchemaAssert.Describe(findings));
    }

    [Fact]
    public void Unknown_field_is_reported_at_its_key_with_the_kubectl_field_path()
    {
        var finding = SchemaAssert.Single(Deployment.Replace("image: nginx:1.27", "image: nginx:1.27\n          imagePullPolicyy: Always", StringComparison.Ordinal));

        Assert.Equal(SchemaRules.UnknownField, finding.RuleId);
        Assert.Equal("spec.template.spec.containers[0].imagePullPolicyy", finding.Location.FieldPath);
        Assert.Equal(25, finding.Location.Line);
        Assert.Equal(11, finding.Location.Column);
        Assert.Equal(Category.Schema, finding.Category);
        Assert.Equal(Responsibility.Platform, finding.Responsibility);
        Assert.Equal("Deployment", finding.Resource?.Kind);
        Assert.Equal("web", finding.Resource?.Name);
    }

    [Fact]
    public void Quoted_port_number_is_a_wrong_type_at_the_value()
    {
        var finding = SchemaAssert.Single(Deployment.Replace("containerPort: 8080", "containerPort: \"8080\"", StringComparison.Ordinal));

        Assert.Equal(SchemaRules.WrongType, finding.RuleId);
        Assert.Equal("spec.template.spec.containers[0].ports[0].containerPort", finding.Location.FieldPath);
        Assert.Equal(26, finding.Location.Line);
        Assert.Contains("must be of type integer, got string \"8080\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_field_points_at_the_parent_mapping()
    {
        var finding = SchemaAssert.Single(Deployment.Replace("          image: nginx:1.27\n", "", StringComparison.Ordinal));

        Assert.Equal(SchemaRules.MissingRequired, finding.RuleId);
        Assert.Equal("spec.template.spec.containers[0].image", finding.Location.FieldPath);
        Assert.Equal(23, finding.Location.Line);
        Assert.Equal(11, finding.Location.Column);
    }

    [Fact]
    public void Deployment_without_selector_and_template_misses_both()
    {
        var findings = SchemaAssert.Analyze("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 1
            """);

        Assert.Equal(["spec.selector", "spec.template"], findings.Select(f => f.Location.FieldPath).Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Equal(SchemaRules.MissingRequired, f.RuleId));
        Assert.All(findings, f => Assert.Equal(6, f.Location.Line));
    }

    [Fact]
    public void Lower_case_protocol_is_not_a_supported_value()
    {
        var finding = SchemaAssert.Single(Deployment.Replace("protocol: TCP", "protocol: tcp", StringComparison.Ordinal));

        Assert.Equal(SchemaRules.ValueNotAllowed, finding.RuleId);
        Assert.Equal("spec.template.spec.containers[0].ports[0].protocol", finding.Location.FieldPath);
        Assert.Contains("\"SCTP\", \"TCP\", \"UDP\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_ports_with_the_same_number_and_default_protocol_are_duplicates()
    {
        var finding = SchemaAssert.Single(Deployment.Replace(
            "              protocol: TCP\n",
            "              protocol: TCP\n            - containerPort: 8080\n",
            StringComparison.Ordinal));

        Assert.Equal(SchemaRules.DuplicateItem, finding.RuleId);
        Assert.Equal("spec.template.spec.containers[0].ports[1]", finding.Location.FieldPath);
        Assert.Contains("{\"containerPort\":8080,\"protocol\":\"TCP\"}", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replicas_beyond_int32_are_out_of_range()
    {
        var finding = SchemaAssert.Single(Deployment.Replace("replicas: 2", "replicas: 3000000000", StringComparison.Ordinal));

        Assert.Equal(SchemaRules.OutOfRange, finding.RuleId);
        Assert.Equal("spec.replicas", finding.Location.FieldPath);
        Assert.Equal(8, finding.Location.Line);
    }

    [Theory]
    [InlineData("cpu: 100m", "cpu: 100 m", SchemaRules.InvalidFormat)]
    [InlineData("cpu: 100m", "cpu: lots", SchemaRules.InvalidFormat)]
    [InlineData("cpu: 100m", "cpu: true", SchemaRules.WrongType)]
    [InlineData("cpu: 100m", "cpu: [1]", SchemaRules.WrongType)]
    [InlineData("maxSurge: 25%", "maxSurge: true", SchemaRules.WrongType)]
    [InlineData("maxSurge: 25%", "maxSurge: {a: 1}", SchemaRules.WrongType)]
    [InlineData("replicas: 2", "replicas: 2.5", SchemaRules.WrongType)]
    [InlineData("replicas: 2", "replicas: two", SchemaRules.WrongType)]
    [InlineData("containerPort: 8080", "containerPort: 70000", SchemaRules.OutOfRange)]
    [InlineData("type: RollingUpdate", "type: Rolling", SchemaRules.ValueNotAllowed)]
    [InlineData("value: production", "value: 8080", SchemaRules.WrongType)]
    [InlineData("value: production", "value: yes", SchemaRules.WrongType)]
    public void Bad_value_is_reported_with_its_rule(string good, string bad, string rule)
    {
        var findings = SchemaAssert.Analyze(Deployment.Replace(good, bad, StringComparison.Ordinal));

        Assert.Contains(findings, f => f.RuleId == rule);
    }

    [Theory]
    [InlineData("cpu: 100m", "cpu: 0.25")]
    [InlineData("cpu: 100m", "cpu: \"2\"")]
    [InlineData("cpu: 100m", "cpu: 1e3")]
    [InlineData("memory: 128Mi", "memory: 134217728")]
    [InlineData("maxSurge: 25%", "maxSurge: 3")]
    [InlineData("replicas: 2", "replicas: null")]
    [InlineData("replicas: 2", "replicas: ~")]
    public void Accepted_alternative_forms_give_no_findings(string good, string other)
    {
        var findings = SchemaAssert.Analyze(Deployment.Replace(good, other, StringComparison.Ordinal));

        Assert.True(findings.Count == 0, SchemaAssert.Describe(findings));
    }

    [Fact]
    public void Wrong_case_kind_in_a_known_api_version_is_an_unknown_kind()
    {
        var finding = SchemaAssert.Single("""
            apiVersion: v1
            kind: configmap
            metadata:
              name: settings
            """);

        Assert.Equal(SchemaRules.UnknownKind, finding.RuleId);
        Assert.Equal(2, finding.Location.Line);
        Assert.Equal(Severity.High, finding.Severity);
    }

    [Fact]
    public void Object_without_name_or_generate_name_misses_its_name()
    {
        var finding = SchemaAssert.Single("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              labels:
                app: x
            data:
              key: value
            """);

        Assert.Equal(SchemaRules.MissingRequired, finding.RuleId);
        Assert.Equal("metadata.name", finding.Location.FieldPath);
        Assert.Equal(4, finding.Location.Line);
    }

    [Fact]
    public void Generate_name_stands_in_for_a_name()
    {
        var findings = SchemaAssert.Analyze("""
            apiVersion: batch/v1
            kind: Job
            metadata:
              generateName: pi-
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: pi
                      image: perl
            """);

        Assert.True(findings.Count == 0, SchemaAssert.Describe(findings));
    }

    [Theory]
    [InlineData("ConfigMap", "Bad_Name", true)]
    [InlineData("ConfigMap", "a.b-c", false)]
    [InlineData("Service", "1abc", true)]
    [InlineData("Service", "a.b", true)]
    [InlineData("Namespace", "team-a", false)]
    [InlineData("ClusterRole", "system:aggregate-to-view", false)]
    [InlineData("ClusterRole", "a/b", true)]
    public void Object_names_follow_the_rule_of_their_kind(string kind, string name, bool invalid)
    {
        var apiVersion = kind == "ClusterRole" ? "rbac.authorization.k8s.io/v1" : "v1";
        var findings = SchemaAssert.Analyze($"""
            apiVersion: {apiVersion}
            kind: {kind}
            metadata:
              name: "{name}"
            """);

        Assert.Equal(invalid, findings.Any(f => f.RuleId == SchemaRules.InvalidFormat && f.Location.FieldPath == "metadata.name"));
    }

    [Fact]
    public void Invalid_label_value_in_a_pod_template_is_reported_at_the_value()
    {
        var finding = SchemaAssert.Single(Deployment.Replace("        app: web\n    spec:", "        app: -web-\n    spec:", StringComparison.Ordinal));

        Assert.Equal(SchemaRules.InvalidFormat, finding.RuleId);
        Assert.Equal("spec.template.metadata.labels", finding.Location.FieldPath);
        Assert.Equal(20, finding.Location.Line);
        Assert.Equal(14, finding.Location.Column);
    }

    [Fact]
    public void Custom_resource_without_a_schema_is_one_info_finding_per_kind_and_file()
    {
        var findings = SchemaAssert.Analyze("""
            apiVersion: example.com/v1
            kind: Widget
            metadata:
              name: a
            ---
            apiVersion: example.com/v1
            kind: Widget
            metadata:
              name: b
            ---
            apiVersion: example.com/v1
            kind: Gadget
            metadata:
              name: c
            """);

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(SchemaRules.NoSchema, f.RuleId));
        Assert.All(findings, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.Equal(["a", "c"], findings.Select(f => f.Resource?.Name));
    }

    [Fact]
    public void Kind_of_an_api_version_kubernetes_does_not_serve_names_where_the_kind_is_served()
    {
        // Not a removal the migration guide lists (those are RMP-SCHEMA-012, ApiDeprecationTests): apps/v1beta1 never had DaemonSets.
        var finding = SchemaAssert.Single(Deployment.Replace("apiVersion: apps/v1", "apiVersion: apps/v1beta1", StringComparison.Ordinal)
            .Replace("kind: Deployment", "kind: DaemonSet", StringComparison.Ordinal));

        Assert.Equal(SchemaRules.NoSchema, finding.RuleId);
        Assert.Contains("DaemonSet only as apps/v1", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("CustomResourceDefinition", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_kind_named_like_a_built_in_one_still_asks_for_its_crd()
    {
        var finding = SchemaAssert.Single("""
            apiVersion: serving.knative.dev/v1
            kind: Service
            metadata:
              name: hello
            """);

        Assert.Equal(SchemaRules.NoSchema, finding.RuleId);
        Assert.Contains("add the CustomResourceDefinition", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lenient_mode_accepts_unknown_fields_but_still_checks_types()
    {
        var yaml = Deployment.Replace("replicas: 2", "replicas: two\n  replicaz: 2", StringComparison.Ordinal);

        var findings = SchemaAssert.Analyze(yaml, new SchemaOptions { Strict = false });

        Assert.Equal([SchemaRules.WrongType], findings.Select(f => f.RuleId));
    }
}
