using System.Collections.Concurrent;
using System.Text;
using Rampart.Analysis;
using Rampart.Findings;
using Rampart.Kubernetes.Admission;
using Rampart.Kubernetes;
using Rampart.Schemas;

namespace Rampart.Tests.Schemas;

public sealed class HostileInputTests
{
    [Fact]
    public void Collection_used_as_a_key_is_a_wrong_type_finding()
    {
        var finding = SchemaAssert.Single("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: x
            data:
              ? [a, b]
              : c
            """);

        Assert.Equal(SchemaRules.WrongType, finding.RuleId);
        Assert.Equal("data", finding.Location.FieldPath);
        Assert.Equal(6, finding.Location.Line);
    }

    [Theory]
    [InlineData("{0}: x\n", 1_000, "unknown field \"")]
    [InlineData("spec:\n  containers:\n  - name: a\n    image: b\n    resources: {{limits: {{memory: \"1{0}\"}}}}\n", 100_000, " is not a valid quantity")]
    public void A_long_value_is_quoted_cut_so_the_message_stays_short(string body, int length, string says)
    {
        // YAML keys are at most 1,024 characters; values have no such limit. A key is quoted in the message and
        // in the field path in front of it, each cut.
        var kind = body.StartsWith("spec", StringComparison.Ordinal) ? "Pod" : "ConfigMap";

        var finding = SchemaAssert.Single($"apiVersion: v1\nkind: {kind}\nmetadata:\n  name: x\n"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, body, new string('q', length)));

        Assert.Contains(says, finding.Message, StringComparison.Ordinal);
        Assert.Contains("q…", finding.Message, StringComparison.Ordinal);
        Assert.InRange(finding.Message.Length, 0, (2 * FindingText.MaxQuoted) + 100);
    }

    [Fact]
    public void Violations_recorded_per_object_are_capped()
    {
        var yaml = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n");
        for (var i = 0; i < 5000; i++)
        {
            yaml.Append("unknown").Append(i).Append(": 1\n");
        }

        var findings = SchemaAssert.Analyze(yaml.ToString());

        Assert.Equal(200, findings.Count);
        Assert.All(findings, f => Assert.Equal(SchemaRules.UnknownField, f.RuleId));
    }

    [Fact]
    public void Long_keyed_list_is_checked_for_duplicates_once_per_item()
    {
        var yaml = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n    - name: c\n      image: i\n      env:\n");
        for (var i = 0; i < 20000; i++)
        {
            yaml.Append("        - name: V").Append(i % 10000).Append('\n');
        }

        var findings = SchemaAssert.Analyze(yaml.ToString());

        Assert.Equal(200, findings.Count);
        Assert.Equal("spec.containers[0].env[10000]", findings[0].Location.FieldPath);
    }

    [Fact]
    public void Objects_analyzed_in_parallel_give_the_same_findings_as_one_by_one()
    {
        var yaml = string.Join("\n---\n", Enumerable.Range(0, 200).Select(Deployment));
        var objects = TestObjects.FromYaml(yaml);
        var analyzer = new SchemaAnalyzer(SchemaSet.BuiltIn());
        var context = new AnalysisContext(ScanIndex.Of(objects), TestContext.Current.CancellationToken);

        var sequential = new List<Finding>();
        foreach (var obj in objects)
        {
            analyzer.Analyze(new ObjectUnderReview(obj, AdmissionAttributes.Scan), context, sequential);
        }

        var parallel = new ConcurrentBag<Finding>();
        Parallel.ForEach(objects, obj =>
        {
            var mine = new List<Finding>();
            analyzer.Analyze(new ObjectUnderReview(obj, AdmissionAttributes.Scan), context, mine);
            mine.ForEach(parallel.Add);
        });

        Assert.Equal(67 + 40, sequential.Count);
        Assert.Equal(
            sequential.Select(f => $"{f.Resource} {f.Location.FieldPath}").Order(StringComparer.Ordinal),
            parallel.Select(f => $"{f.Resource} {f.Location.FieldPath}").Order(StringComparer.Ordinal));
    }

    /// <summary>Every third has a string for replicas, every fifth a port 0: 67 + 40 findings in all.</summary>
    private static string Deployment(int i) =>
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d" + i + "}\nspec:\n"
        + "  replicas: " + (i % 3 == 0 ? "\"x\"" : "1") + "\n"
        + "  selector: {matchLabels: {a: b}}\n"
        + "  template:\n    metadata: {labels: {a: b}}\n"
        + "    spec: {containers: [{name: c, image: i, ports: [{containerPort: " + (i % 5 == 0 ? 0 : 80) + "}]}]}\n";
}
