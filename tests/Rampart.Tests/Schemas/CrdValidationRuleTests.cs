using System.Text;
using Rampart.Analysis;
using Rampart.Findings;
using Rampart.Kubernetes.Admission;
using Rampart.Schemas;

namespace Rampart.Tests.Schemas;

/// <summary>CRD <c>x-kubernetes-validations</c> rules, as the API server evaluates them on a custom resource.</summary>
public sealed class CrdValidationRuleTests
{
    private const string Crd = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: scalers.example.com
        spec:
          group: example.com
          scope: Namespaced
          names: {plural: scalers, kind: Scaler}
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
                      x-kubernetes-validations:
                        - rule: "self.minReplicas <= self.maxReplicas"
                          message: "minReplicas must not exceed maxReplicas"
                          fieldPath: ".maxReplicas"
                          reason: FieldValueInvalid
                        - rule: "!has(self.mode) || self.mode != 'legacy' || self.maxReplicas == 1"
                          messageExpression: "'legacy mode allows 1 replica, not ' + string(self.maxReplicas)"
                        - rule: "self.class == oldSelf.class"
                          message: "class is immutable"
                      properties:
                        minReplicas: {type: integer}
                        maxReplicas: {type: integer}
                        mode: {type: string}
                        class: {type: string}
                        items:
                          type: array
                          items:
                            type: object
                            x-kubernetes-validations:
                              - rule: "self.data.all(x, self.data.all(y, true))"
                            properties:
                              data: {type: array, items: {type: integer}}
        """;

    private static string Scaler(string spec) => Crd + $"""

        ---
        apiVersion: example.com/v1
        kind: Scaler
        metadata:
          name: s
        spec:
        {spec}
        """;

    private static List<Finding> RuleFindings(string yaml) =>
        [.. SchemaAssert.Analyze(yaml).Where(f => f.RuleId == SchemaRules.ValidationRuleFailed)];

    [Fact]
    public void Object_that_satisfies_every_rule_has_no_finding()
    {
        Assert.Empty(SchemaAssert.Analyze(Scaler("  minReplicas: 1\n  maxReplicas: 3\n  class: a")));
    }

    [Fact]
    public void Failed_rule_is_reported_at_its_field_path_with_its_message_and_reason()
    {
        var yaml = Scaler("  minReplicas: 5\n  maxReplicas: 3");

        var finding = Assert.Single(RuleFindings(yaml));

        Assert.Equal("spec.maxReplicas: minReplicas must not exceed maxReplicas (FieldValueInvalid)", finding.Message);
        Assert.Equal("spec.maxReplicas", finding.Location.FieldPath);
        Assert.Equal(yaml.Split('\n').ToList().FindIndex(l => l.StartsWith("  maxReplicas: 3", StringComparison.Ordinal)) + 1, finding.Location.Line);
        Assert.Equal(Severity.High, finding.Severity);
    }

    [Fact]
    public void Message_expression_gives_the_message()
    {
        var finding = Assert.Single(RuleFindings(Scaler("  minReplicas: 1\n  maxReplicas: 4\n  mode: legacy")));

        Assert.Equal("spec: legacy mode allows 1 replica, not 4", finding.Message);
        Assert.Equal("spec", finding.Location.FieldPath);
    }

    [Fact]
    public async Task Transition_rule_runs_only_against_an_old_object()
    {
        var yaml = Scaler("  minReplicas: 1\n  maxReplicas: 2\n  class: gold");
        var objects = TestObjects.FromYaml(yaml);
        var old = TestObjects.FromYaml(Scaler("  minReplicas: 1\n  maxReplicas: 2\n  class: silver"))[1];
        var setup = await SchemaAnalyzerFactory.CreateAsync(new SchemaOptions(), objects, cancellation: TestContext.Current.CancellationToken);
        var context = new AnalysisContext(ScanIndex.Of(objects), TestContext.Current.CancellationToken);
        var created = new List<Finding>();
        var updated = new List<Finding>();

        setup.Analyzer.Analyze(new ObjectUnderReview(objects[1], AdmissionAttributes.Scan), context, created);
        setup.Analyzer.Analyze(new ObjectUnderReview(objects[1], new AdmissionAttributes { Operation = AdmissionOperation.Update, OldObject = old }), context, updated);

        Assert.Empty(created);
        Assert.Equal("spec: class is immutable", Assert.Single(updated).Message);
    }

    [Fact]
    public void Rule_that_does_not_compile_is_a_problem_of_the_crd()
    {
        var findings = SchemaAssert.Analyze(Crd.Replace("self.minReplicas <= self.maxReplicas", "self.minReplicas <=", StringComparison.Ordinal));

        var problem = Assert.Single(findings);
        Assert.Equal(SchemaRules.SchemaProblem, problem.RuleId);
        Assert.Contains("does not compile", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cost_is_bounded_per_rule_and_per_object()
    {
        // Each item's rule would cost about 2000² units: it stops at the per-rule limit; ten such stops spend the
        // object's budget, and the items after that are not evaluated at all.
        var data = string.Join(", ", Enumerable.Range(0, 2000));
        var spec = new StringBuilder("  minReplicas: 1\n  maxReplicas: 1\n  items:\n");
        for (var i = 0; i < 15; i++)
        {
            spec.Append("    - data: [").Append(data).Append("]\n");
        }

        var findings = RuleFindings(Scaler(spec.ToString()));

        Assert.Equal(10, findings.Count(f => f.Message.Contains("exceeded the cost limit of 1,000,000 for one rule", StringComparison.Ordinal)));
        Assert.Equal(1, findings.Count(f => f.Message.Contains("exceeded the cost budget of 10,000,000", StringComparison.Ordinal)));
        Assert.Equal(11, findings.Count);
    }
}
