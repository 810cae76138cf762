using System.Text;
using System.Text.Json;
using Rampart.Schemas;

namespace Rampart.Tests.Schemas;

/// <summary>The embedded CRD schemas of ecosystem projects, checked with objects written here.</summary>
public sealed class EcosystemSchemaTests
{
    private const string Certificate = """
        apiVersion: cert-manager.io/v1
        kind: Certificate
        metadata:
          name: web
          namespace: apps
        spec:
          secretName: web-tls
          dnsNames: [web.example.com]
          issuerRef:
            name: letsencrypt
            kind: ClusterIssuer
        """;

    private const string ServiceMonitor = """
        apiVersion: monitoring.coreos.com/v1
        kind: ServiceMonitor
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          endpoints:
            - port: http
              interval: 30s
        """;

    [Fact]
    public void Valid_certificate_validates_without_setup()
    {
        Assert.Empty(SchemaAssert.Analyze(Certificate));
    }

    [Fact]
    public void Certificate_without_its_secret_name_and_with_a_typo_is_reported()
    {
        var findings = SchemaAssert.Analyze(Certificate
            .Replace("  secretName: web-tls\n", "", StringComparison.Ordinal)
            .Replace("dnsNames:", "dnsName:", StringComparison.Ordinal));

        Assert.Contains(findings, f => f.RuleId == SchemaRules.MissingRequired && f.Location.FieldPath == "spec.secretName");
        Assert.Contains(findings, f => f.RuleId == SchemaRules.UnknownField && f.Location.FieldPath == "spec.dnsName" && f.Location.Line == 7);
    }

    [Fact]
    public void Valid_service_monitor_validates_and_a_wrong_type_is_reported_at_its_line()
    {
        Assert.Empty(SchemaAssert.Analyze(ServiceMonitor));

        var finding = SchemaAssert.Single(ServiceMonitor.Replace("- port: http", "- port: [http]", StringComparison.Ordinal));

        Assert.Equal(SchemaRules.WrongType, finding.RuleId);
        Assert.Equal("spec.endpoints[0].port", finding.Location.FieldPath);
        Assert.Equal(9, finding.Location.Line);
    }

    [Fact]
    public void Repository_crd_takes_precedence_over_the_embedded_one()
    {
        var crd = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata: {name: certificates.cert-manager.io}
            spec:
              group: cert-manager.io
              scope: Namespaced
              names: {plural: certificates, kind: Certificate}
              versions:
                - name: v1
                  served: true
                  storage: true
                  schema:
                    openAPIV3Schema:
                      type: object
                      x-kubernetes-preserve-unknown-fields: true
            ---

            """;

        Assert.Empty(SchemaAssert.Analyze(crd + Certificate.Replace("dnsNames:", "dnsName:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Embedded_set_has_the_kinds_of_cert_manager_and_the_prometheus_operator()
    {
        var kinds = EcosystemSchemas.Kinds.Select(k => $"{k.ApiVersion} {k.Kind}").ToHashSet();

        Assert.Contains("cert-manager.io/v1 Certificate", kinds);
        Assert.Contains("cert-manager.io/v1 ClusterIssuer", kinds);
        Assert.Contains("acme.cert-manager.io/v1 Challenge", kinds);
        Assert.Contains("monitoring.coreos.com/v1 ServiceMonitor", kinds);
        Assert.Contains("monitoring.coreos.com/v1 PrometheusRule", kinds);
        Assert.Contains("monitoring.coreos.com/v1alpha1 AlertmanagerConfig", kinds);
    }

    [Fact]
    public void Every_embedded_kind_compiles_without_problems()
    {
        var problems = new List<string>();
        foreach (var gvk in EcosystemSchemas.Kinds)
        {
            Assert.True(EcosystemSchemas.TryGet(gvk, out var element));
            var compiler = new SchemaCompiler(default, new SchemaCompilerOptions { EmptyObjectsAreOpen = false });
            compiler.CompileResourceRoot(element, gvk.ToString());
            problems.AddRange(compiler.Problems);
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Writer_keeps_each_served_version_and_drops_descriptions_but_not_fields_named_description()
    {
        var crd = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata: {name: notes.example.com}
            spec:
              group: example.com
              scope: Namespaced
              names: {plural: notes, kind: Note}
              versions:
                - name: v1
                  served: true
                  schema:
                    openAPIV3Schema:
                      type: object
                      description: A note.
                      properties:
                        description: {type: string, description: The text.}
                - name: v0
                  served: false
                  schema: {openAPIV3Schema: {type: object}}
            """;
        var problems = new List<string>();

        var json = Encoding.UTF8.GetString(EcosystemSchemaWriter.Write([("note.yaml", crd)], problems));

        Assert.Empty(problems);
        Assert.Equal(
            """{"kinds":[{"group":"example.com","version":"v1","kind":"Note","schema":{"type":"object","properties":{"description":{"type":"string"}}}}]}""",
            json);
    }

    [Fact]
    public void Writer_reports_a_file_without_a_crd()
    {
        var problems = new List<string>();

        EcosystemSchemaWriter.Write([("empty.yaml", "apiVersion: v1\nkind: ConfigMap\n")], problems);

        Assert.Equal(["empty.yaml: no CustomResourceDefinition with a schema"], problems);
    }
}
