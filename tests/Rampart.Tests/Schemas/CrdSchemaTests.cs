using Rampart.Analysis;
using Rampart.Findings;
using Rampart.Kubernetes.Admission;
using Rampart.Kubernetes;
using Rampart.Schemas;

namespace Rampart.Tests.Schemas;

public sealed class CrdSchemaTests
{
    internal const string Crd = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        spec:
          group: example.com
          scope: Namespaced
          names:
            plural: widgets
            singular: widget
            kind: Widget
          versions:
            - name: v1
              served: true
              storage: true
              schema:
                openAPIV3Schema:
                  type: object
                  properties:
                    spec:
                      type: object
                      required: [size]
                      properties:
                        size:
                          type: integer
                          minimum: 1
                          maximum: 10
                        color:
                          type: string
                          enum: [red, green]
                        code:
                          type: string
                          pattern: '^[a-z]+-[0-9]+$'
                        port:
                          x-kubernetes-int-or-string: true
                        extra:
                          type: object
                          x-kubernetes-preserve-unknown-fields: true
                        template:
                          type: object
                          x-kubernetes-embedded-resource: true
                          x-kubernetes-preserve-unknown-fields: true
                        tags:
                          type: array
                          x-kubernetes-list-type: set
                          maxItems: 3
                          items: {type: string, minLength: 2}
                        limits:
                          type: object
                          additionalProperties: {type: number, minimum: 0, exclusiveMinimum: true}
                          maxProperties: 2
                        flags:
                          type: object
                          properties:
                            "on": {type: boolean}
                          additionalProperties: false
                        items:
                          type: array
                          x-kubernetes-list-type: map
                          x-kubernetes-list-map-keys: [name]
                          items:
                            type: object
                            properties:
                              name: {type: string}
                              weight: {type: integer}
            - name: v0
              served: false
              storage: false
              schema:
                openAPIV3Schema:
                  type: object
        ---
        """;

    internal const string Widget = """
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: w
        spec:
          size: 3
          color: red
          code: abc-12
          port: http
          extra:
            anything: [1, 2]
          template:
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: inner
            data: {a: b}
          tags: [aa, bb]
          limits: {cpu: 1.5}
          flags: {"on": true}
          items:
            - name: a
            - name: b
        """;

    [Fact]
    public void Custom_resource_matching_its_crd_has_no_findings()
    {
        var findings = SchemaAssert.Analyze(Crd + "\n" + Widget);

        Assert.True(findings.Count == 0, SchemaAssert.Describe(findings));
    }

    [Theory]
    [InlineData("size: 3", "size: 11", SchemaRules.OutOfRange, "spec.size")]
    [InlineData("size: 3", "size: \"3\"", SchemaRules.WrongType, "spec.size")]
    [InlineData("  size: 3\n", "", SchemaRules.MissingRequired, "spec.size")]
    [InlineData("color: red", "color: blue", SchemaRules.ValueNotAllowed, "spec.color")]
    [InlineData("code: abc-12", "code: ABC", SchemaRules.InvalidFormat, "spec.code")]
    [InlineData("port: http", "port: [1]", SchemaRules.WrongType, "spec.port")]
    [InlineData("color: red", "colour: red", SchemaRules.UnknownField, "spec.colour")]
    [InlineData("    - name: b", "    - name: a", SchemaRules.DuplicateItem, "spec.items[1]")]
    [InlineData("    kind: ConfigMap\n", "", SchemaRules.MissingRequired, "spec.template.kind")]
    [InlineData("tags: [aa, bb]", "tags: [aa, aa]", SchemaRules.DuplicateItem, "spec.tags[1]")]
    [InlineData("tags: [aa, bb]", "tags: [aa, bb, cc, dd]", SchemaRules.OutOfRange, "spec.tags")]
    [InlineData("tags: [aa, bb]", "tags: [aa, b]", SchemaRules.OutOfRange, "spec.tags[1]")]
    [InlineData("limits: {cpu: 1.5}", "limits: {cpu: 0}", SchemaRules.OutOfRange, "spec.limits.cpu")]
    [InlineData("limits: {cpu: 1.5}", "limits: {cpu: 1, mem: 2, gpu: 3}", SchemaRules.OutOfRange, "spec.limits")]
    [InlineData("flags: {\"on\": true}", "flags: {\"on\": true, \"off\": false}", SchemaRules.UnknownField, "spec.flags.off")]
    [InlineData("  name: w\n", "  name: w\n  labels: {'bad key!': x}\n", SchemaRules.InvalidFormat, "metadata.labels")]
    public void Custom_resource_is_validated_against_its_crd(string good, string bad, string rule, string field)
    {
        var findings = SchemaAssert.Analyze(Crd + "\n" + Widget.Replace(good, bad, StringComparison.Ordinal));

        var finding = Assert.Single(findings);
        Assert.Equal(rule, finding.RuleId);
        Assert.Equal(field, finding.Location.FieldPath);
        Assert.Equal("Widget", finding.Resource?.Kind);
    }

    [Fact]
    public void Version_that_is_not_served_has_no_schema()
    {
        var finding = SchemaAssert.Single(Crd + "\n" + Widget.Replace("example.com/v1", "example.com/v0", StringComparison.Ordinal));

        Assert.Equal(SchemaRules.NoSchema, finding.RuleId);
    }

    [Fact]
    public void Crd_itself_is_validated_against_the_built_in_apiextensions_schema()
    {
        var findings = SchemaAssert.Analyze(Crd.Replace("type: integer\n", "type: integr\n", StringComparison.Ordinal));

        var finding = Assert.Single(findings, f => f.RuleId == SchemaRules.ValueNotAllowed);
        Assert.Equal("spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.size.type", finding.Location.FieldPath);
        Assert.Equal("CustomResourceDefinition", finding.Resource?.Kind);
    }

    [Fact]
    public void Unsupported_pattern_in_a_crd_is_a_schema_problem_on_the_crd_and_is_not_checked()
    {
        var yaml = Crd.Replace("'^[a-z]+-[0-9]+$'", "'^(?=a)b$'", StringComparison.Ordinal) + "\n" + Widget;

        var findings = SchemaAssert.Analyze(yaml);

        var finding = Assert.Single(findings);
        Assert.Equal(SchemaRules.SchemaProblem, finding.RuleId);
        Assert.Equal("CustomResourceDefinition", finding.Resource?.Kind);
        Assert.Contains("^(?=a)b$", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_problem_of_a_crd_is_reported_when_the_analysis_reads_the_file_again()
    {
        // A scan compiles the CRDs from its inventory and analyzes objects it loads again later, file by file.
        var yaml = Crd.Replace("'^[a-z]+-[0-9]+$'", "'^(?=a)b$'", StringComparison.Ordinal) + "\n" + Widget;
        var cancellation = TestContext.Current.CancellationToken;
        var setup = await SchemaAnalyzerFactory.CreateAsync(new SchemaOptions(), TestObjects.FromYaml(yaml), cancellation: cancellation);
        var reread = TestObjects.FromYaml(yaml);
        var findings = new List<Finding>();

        foreach (var obj in reread)
        {
            setup.Analyzer.Analyze(new ObjectUnderReview(obj, AdmissionAttributes.Scan), new AnalysisContext(ScanIndex.Of(reread), cancellation), findings);
        }

        var finding = Assert.Single(findings);
        Assert.Equal(SchemaRules.SchemaProblem, finding.RuleId);
        Assert.Equal("CustomResourceDefinition", finding.Resource?.Kind);
    }

    [Fact]
    public void Backtracking_pattern_runs_in_linear_time_and_reports_the_mismatch()
    {
        var yaml = Crd.Replace("'^[a-z]+-[0-9]+$'", "'^(a+)+$'", StringComparison.Ordinal)
            + "\n" + Widget.Replace("code: abc-12", "code: " + new string('a', 5000) + "!", StringComparison.Ordinal);

        var finding = SchemaAssert.Single(yaml);

        Assert.Equal(SchemaRules.InvalidFormat, finding.RuleId);
        Assert.Equal("spec.code", finding.Location.FieldPath);
    }

    [Fact]
    public void Value_validations_of_a_structural_schema_are_checked()
    {
        var crd = Crd.Replace(
            "extra:\n                  type: object\n",
            "extra:\n                  type: object\n                  oneOf:\n                    - required: [a]\n                    - required: [b]\n",
            StringComparison.Ordinal);

        var none = SchemaAssert.Analyze(crd + "\n" + Widget);
        var one = SchemaAssert.Analyze(crd + "\n" + Widget.Replace("anything: [1, 2]", "a: 1", StringComparison.Ordinal));
        var both = SchemaAssert.Analyze(crd + "\n" + Widget.Replace("anything: [1, 2]", "a: 1\n    b: 2", StringComparison.Ordinal));

        Assert.Equal([SchemaRules.ValueValidationFailed], none.Select(f => f.RuleId));
        Assert.Empty(one);
        Assert.Equal([SchemaRules.ValueValidationFailed], both.Select(f => f.RuleId));
    }
}
