using Rampart.Findings;
using Rampart.Policies;

namespace Rampart.Tests.Policies;

public sealed class PolicyEvaluationTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: shop
          namespace: team-a
          labels: {tier: web}
        spec:
          replicas: 1
          template:
            spec:
              containers:
                - name: app
                  image: shop:1
        """;

    [Fact]
    public void An_evaluation_error_is_reported_instead_of_passing()
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("- expression: object.spec.minReadySeconds > 5\n  message: slow start"));

        var finding = Assert.Single(PolicyRun.Analyze(analyzer, "d.yaml", Deployment));

        Assert.Equal(PolicyProblems.EvaluationErrorId, finding.RuleId);
        Assert.Contains("TEST-001", finding.Message, StringComparison.Ordinal);
        Assert.Contains("minReadySeconds", finding.Message, StringComparison.Ordinal);
        Assert.Equal("Deployment/team-a/shop", finding.Resource!.ToString());
    }

    [Fact]
    public void An_evaluation_error_points_at_the_field_the_validation_names()
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("- expression: object.spec.replicas >= 2", extraAnnotations: "rampart.dev/field: object.spec.replicas"));

        var finding = Assert.Single(PolicyRun.Analyze(analyzer, "d.yaml", Deployment.Replace("replicas: 1", "replicas: \"two\"", StringComparison.Ordinal)));

        Assert.Equal(PolicyProblems.EvaluationErrorId, finding.RuleId);
        Assert.Equal((8, 3), (finding.Location.Line, finding.Location.Column));
        Assert.Equal("spec.replicas", finding.Location.FieldPath);
    }

    [Fact]
    public void An_evaluation_error_in_one_list_element_points_at_that_element_s_field()
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy(
            "- expression: \"object.spec.template.spec.containers.all(c, has(c.ports) && c.ports.all(p, p.containerPort > 1024))\"",
            extraAnnotations: "rampart.dev/field: c.ports"));
        var text = Deployment + "\n        - name: web\n          image: web:1\n          ports: [{containerPort: \"http\"}]";

        var findings = PolicyRun.Analyze(analyzer, "d.yaml", text);

        var error = Assert.Single(findings, f => f.RuleId == PolicyProblems.EvaluationErrorId);
        Assert.Equal("spec.template.spec.containers[1].ports", error.Location.FieldPath);
        Assert.Equal(16, error.Location.Line);
        Assert.Single(findings, f => f.RuleId == "TEST-001" && f.Location.FieldPath == "spec.template.spec.containers[0].ports");
    }

    [Fact]
    public void With_failure_policy_Ignore_an_evaluation_error_is_not_reported()
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("- expression: object.spec.minReadySeconds > 5", spec: "failurePolicy: Ignore"));

        Assert.Empty(PolicyRun.Analyze(analyzer, "d.yaml", Deployment));
    }

    [Fact]
    public void A_validation_that_is_not_a_bool_is_an_evaluation_error()
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("- expression: object.spec.replicas"));

        var finding = Assert.Single(PolicyRun.Analyze(analyzer, "d.yaml", Deployment));

        Assert.Equal(PolicyProblems.EvaluationErrorId, finding.RuleId);
        Assert.Contains("expected a bool", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_expression_is_used_when_it_gives_a_string()
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("""
            - expression: object.spec.replicas >= 2
              message: static
              messageExpression: "'has ' + string(object.spec.replicas) + ' replica'"
            - expression: object.spec.replicas >= 3
              message: static fallback
              messageExpression: "object.spec.nothing"
            """));

        var findings = PolicyRun.Analyze(analyzer, "d.yaml", Deployment);

        Assert.Equal(["has 1 replica", "static fallback"], findings.Select(f => f.Message));
    }

    [Fact]
    public void A_message_that_embeds_a_long_name_is_cut_with_an_ellipsis()
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("""
            - expression: object.spec.replicas >= 2
              messageExpression: "'Deployment ' + object.metadata.name + ' has one replica'"
            """));
        var name = new string('n', 100_000);

        var finding = Assert.Single(PolicyRun.Analyze(analyzer, "d.yaml", Deployment.Replace("name: shop", "name: " + name, StringComparison.Ordinal)));

        Assert.Equal(FindingText.MaxMessage, finding.Message.Length);
        Assert.StartsWith("Deployment nnn", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("n…", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_false_match_condition_skips_the_policy_and_an_error_is_reported()
    {
        var skipped = PolicyRun.FromText(PolicyText.Policy("- expression: \"false\"",
            spec: "matchConditions:\n  - name: only-prod\n    expression: object.metadata.namespace == 'prod'"));
        var broken = PolicyRun.FromText(PolicyText.Policy("- expression: \"false\"",
            spec: "matchConditions:\n  - name: broken\n    expression: object.metadata.missing == 'x'"));

        Assert.Empty(PolicyRun.Analyze(skipped, "d.yaml", Deployment));
        var finding = Assert.Single(PolicyRun.Analyze(broken, "d.yaml", Deployment));
        Assert.Contains("match condition 'broken'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_conditions_cannot_read_variables_as_in_Kubernetes()
    {
        var text = PolicyText.Policy("- expression: \"true\"",
            spec: "matchConditions:\n  - name: uses-variables\n    expression: variables.x == 1");

        var problem = Assert.Single(new PolicyAnalyzer(PolicyLoader.LoadText("p.yaml", text)).Problems);

        Assert.Equal(PolicyProblems.CompileErrorId, problem.RuleId);
        Assert.Equal(PositionOf(text, "variables.x"), (problem.Location.Line, problem.Location.Column));
    }

    [Fact]
    public void A_compile_error_names_the_file_line_and_column_inside_a_block_expression()
    {
        var text = PolicyText.Policy("""
            - expression: |
                object.spec.replicas >= 2 &&
                  undeclared.value == 1
              message: m
            """);

        var analyzer = new PolicyAnalyzer(PolicyLoader.LoadText("policy.yaml", text));

        Assert.Empty(analyzer.Policies);
        var problem = Assert.Single(analyzer.Problems);
        Assert.Equal(PolicyProblems.CompileErrorId, problem.RuleId);
        Assert.Equal("policy.yaml", problem.Location.Path);
        Assert.Equal(PositionOf(text, "undeclared.value"), (problem.Location.Line, problem.Location.Column));
        Assert.Contains("undeclared", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Variables_are_evaluated_lazily_and_a_cycle_is_an_error_not_a_crash()
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("- expression: variables.a > 0", spec: """
            variables:
              - name: a
                expression: variables.b + 1
              - name: b
                expression: variables.a + 1
            """));

        var finding = Assert.Single(PolicyRun.Analyze(analyzer, "d.yaml", Deployment));

        Assert.Equal(PolicyProblems.EvaluationErrorId, finding.RuleId);
        Assert.Contains("cycle", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_policy_on_an_object_reads_its_own_variables_not_those_of_the_policy_before()
    {
        // The policies of one object share one activation, bound to each in turn: a value kept from the policy before
        // (same name, same place) would fail the second and third policies.
        var text = string.Join("\n---\n",
            PolicyText.Policy("- expression: variables.limit == 1", id: "TEST-001", spec: "variables:\n  - name: limit\n    expression: '1'"),
            PolicyText.Policy("- expression: variables.limit == 2 && variables.twice == 4", id: "TEST-002",
                spec: "variables:\n  - name: limit\n    expression: '2'\n  - name: twice\n    expression: variables.limit * 2"),
            PolicyText.Policy("- expression: variables.limit == 3", id: "TEST-003", spec: "variables:\n  - name: limit\n    expression: '3'"));
        var analyzer = PolicyRun.FromText(text);
        Assert.Equal(3, analyzer.Policies.Count);

        var findings = PolicyRun.Analyze(analyzer, "d.yaml", Deployment + "\n---\n" + Deployment.Replace("name: shop", "name: cart", StringComparison.Ordinal));

        Assert.Empty(findings.Select(f => $"{f.RuleId}: {f.Message}"));
    }

    [Fact]
    public void The_request_old_object_and_params_variables_describe_a_create_without_parameters()
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("""
            - expression: |
                request.operation == 'CREATE' && request.kind.kind == 'Deployment' && request.kind.group == 'apps' &&
                request.resource.resource == 'deployments' && request.namespace == 'team-a' && request.name == 'shop' &&
                oldObject == null && params == null
            """));

        Assert.Empty(PolicyRun.Analyze(analyzer, "d.yaml", Deployment));
    }

    [Fact]
    public void The_namespace_object_is_the_repositorys_namespace_or_a_minimal_one()
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("- expression: \"namespaceObject.metadata.labels['team'] == 'a'\"\n  message: team a only"));
        const string ns = "\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n  labels: {team: a}\n";

        Assert.Empty(PolicyRun.Analyze(analyzer, "d.yaml", Deployment + ns));
        var finding = Assert.Single(PolicyRun.Analyze(analyzer, "d.yaml", Deployment));
        Assert.Equal(PolicyProblems.EvaluationErrorId, finding.RuleId);
    }

    [Fact]
    public void Selectors_decide_which_objects_a_policy_sees()
    {
        var byNamespace = PolicyRun.FromText(PolicyText.Policy("- expression: \"false\"",
            match: PolicyText.DeploymentsAndPods + "\nnamespaceSelector:\n  matchLabels: {team: a}"));
        var byObject = PolicyRun.FromText(PolicyText.Policy("- expression: \"false\"",
            match: PolicyText.DeploymentsAndPods + "\nobjectSelector:\n  matchExpressions:\n    - {key: tier, operator: NotIn, values: [web]}"));
        const string ns = "\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n  labels: {team: a}\n";

        Assert.Single(PolicyRun.Analyze(byNamespace, "d.yaml", Deployment + ns));
        Assert.Empty(PolicyRun.Analyze(byNamespace, "d.yaml", Deployment));
        Assert.Empty(PolicyRun.Analyze(byObject, "d.yaml", Deployment));
    }

    [Theory]
    [InlineData("apps/v1", "Equivalent", true)]
    [InlineData("extensions/v1beta1", "Equivalent", true)]
    [InlineData("extensions/v1beta1", "Exact", false)]
    [InlineData("v1", "Equivalent", false)]
    public void Resource_rules_match_by_group_and_resource_as_admission_does(string apiVersion, string matchPolicy, bool applies)
    {
        var analyzer = PolicyRun.FromText(PolicyText.Policy("- expression: \"false\"", match: PolicyText.DeploymentsAndPods + "\nmatchPolicy: " + matchPolicy));

        var findings = PolicyRun.Analyze(analyzer, "d.yaml", Deployment.Replace("apps/v1", apiVersion, StringComparison.Ordinal));

        Assert.Equal(applies ? 1 : 0, findings.Count);
    }

    [Fact]
    public void An_expensive_expression_stops_at_the_cost_limit_and_is_reported()
    {
        var items = string.Join(", ", Enumerable.Range(0, 300));
        var text = $"apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations: {{}}\nspec:\n  numbers: [{items}]\n";
        var analyzer = PolicyRun.FromText(PolicyText.Policy("- expression: \"object.spec.numbers.all(a, object.spec.numbers.all(b, object.spec.numbers.all(c, a + b + c >= 0)))\""));

        var finding = Assert.Single(PolicyRun.Analyze(analyzer, "p.yaml", text));

        Assert.Equal(PolicyProblems.EvaluationErrorId, finding.RuleId);
        Assert.Contains("cost", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_analyzer_used_from_many_threads_gives_the_same_findings()
    {
        var analyzer = PolicyAnalyzer.CreateDefault();
        var text = File.ReadAllText(Path.Combine(PolicyFixtureTests.FixtureRoot, "RMP-K8S-004", "fail", "second-container.yaml"));
        var expected = PolicyRun.Analyze(analyzer, "a.yaml", text).Select(f => $"{f.RuleId}@{f.Location}").Order(StringComparer.Ordinal).ToList();

        var results = new string[16][];
        Parallel.For(0, results.Length, i =>
            results[i] = [.. PolicyRun.Analyze(analyzer, "a.yaml", text).Select(f => $"{f.RuleId}@{f.Location}").Order(StringComparer.Ordinal)]);

        Assert.NotEmpty(expected);
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    /// <summary>The 1-based line and column where <paramref name="needle"/> first appears in <paramref name="text"/>.</summary>
    private static (int Line, int Column) PositionOf(string text, string needle)
    {
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(needle, StringComparison.Ordinal));
        return (line + 1, lines[line].IndexOf(needle, StringComparison.Ordinal) + 1);
    }
}
