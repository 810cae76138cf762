using Rampart.Configuration;
using Rampart.Loading;
using Rampart.Policies;
using Rampart.Policies.Cel;
using Rampart.Policies.Export;

namespace Rampart.Tests.Policies.Export;

public sealed class PolicyBindingExportTests
{
    private static readonly string[] ValidActions = ["Deny", "Warn", "Audit"];

    [Fact]
    public void Every_exported_policy_compiles_under_the_Kubernetes_environment_and_has_exactly_one_binding_that_names_it()
    {
        var settings = Settings("admission:\n  actions:\n    RMP-K8S-001: deny\n    RMP-K8S-004: audit\n    \"*\": warn\n");
        var policies = new Dictionary<string, MappingNode>(StringComparer.Ordinal);
        var bindings = new List<MappingNode>();
        foreach (var policy in BuiltInPolicies.All.Policies.Where(p => p.RepositoryParams.Count == 0))
        {
            var result = PolicyExporter.Export(policy, settings);
            foreach (var document in Documents(result.Yaml! + "---\n" + result.Binding!))
            {
                switch (Text(document, "kind"))
                {
                    case "ValidatingAdmissionPolicy":
                        policies.Add(Text(document, "metadata", "name")!, document);
                        break;
                    case "ValidatingAdmissionPolicyBinding":
                        bindings.Add(document);
                        break;
                }
            }
        }

        Assert.True(policies.Count >= 55, $"{policies.Count} policies exported");
        var uncompiled = policies.SelectMany(p => Expressions(p.Value).Where(e => !e.Environment.Compile(e.Text).Success).Select(e => $"{p.Key}: {e.Text}"));
        Assert.Empty(uncompiled);

        var named = bindings.Select(b => Text(b, "spec", "policyName")!).ToList();
        Assert.Equal(policies.Keys.Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var binding in bindings)
        {
            var actions = Texts(binding, "spec", "validationActions");
            Assert.NotEmpty(actions);
            Assert.All(actions, a => Assert.Contains(a, ValidActions));
            Assert.Equal(actions.Count, actions.Distinct(StringComparer.Ordinal).Count());
            Assert.False(actions.Contains("Deny") && actions.Contains("Warn"), $"{Text(binding, "metadata", "name")}: Deny and Warn together");
            seen.UnionWith(actions);
        }

        Assert.Equal(ValidActions.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_action_of_each_policy_is_the_one_the_webhook_gives_its_findings()
    {
        var settings = Settings("admission:\n  actions:\n    rmp-k8s-001: warn\n");
        var high = BuiltInPolicies.All.Policies.First(p => p.Id != "RMP-K8S-001" && p.Metadata.Severity == Rampart.Findings.Severity.High && p.RepositoryParams.Count == 0);
        var low = BuiltInPolicies.All.Policies.First(p => p.Metadata.Severity == Rampart.Findings.Severity.Low && p.RepositoryParams.Count == 0);

        Assert.Equal(["Warn"], Texts(Binding("RMP-K8S-001", settings), "spec", "validationActions"));
        Assert.Equal(["Deny"], Texts(Binding(high.Id, settings), "spec", "validationActions"));
        Assert.Equal(["Audit"], Texts(Binding(low.Id, BindingSettings.Default), "spec", "validationActions"));
    }

    [Fact]
    public void Kube_system_is_exempt_by_default_through_the_namespace_name_label()
    {
        var binding = Binding("RMP-K8S-001", BindingSettings.Default);

        var requirement = Assert.IsType<MappingNode>(Assert.Single(Items(binding, "spec", "matchResources", "namespaceSelector", "matchExpressions")));
        Assert.Equal("kubernetes.io/metadata.name", Text(requirement, "key"));
        Assert.Equal("NotIn", Text(requirement, "operator"));
        Assert.Equal(["kube-system"], Texts(requirement, "values"));
        Assert.Null(Node(binding, "spec", "matchResources", "objectSelector"));
    }

    [Fact]
    public void Exempt_namespaces_and_the_exempt_object_label_become_negated_requirements_of_the_binding_selectors()
    {
        const string Config = """
            admission:
              exemptNamespaces: [kube-system, rampart]
              exemptObjects:
                matchLabels:
                  app.kubernetes.io/managed-by: operator
            """;
        var binding = Binding("RMP-K8S-001", Settings(Config));

        var namespaces = Items(binding, "spec", "matchResources", "namespaceSelector", "matchExpressions").Cast<MappingNode>().ToList();
        Assert.Equal(["kubernetes.io/metadata.name"], namespaces.Select(r => Text(r, "key")));
        Assert.Equal(["kube-system", "rampart"], Texts(namespaces[0], "values"));
        var objects = Assert.IsType<MappingNode>(Assert.Single(Items(binding, "spec", "matchResources", "objectSelector", "matchExpressions")));
        Assert.Equal("app.kubernetes.io/managed-by", Text(objects, "key"));
        Assert.Equal("NotIn", Text(objects, "operator"));
        Assert.Equal(["operator"], Texts(objects, "values"));
    }

    [Fact]
    public void A_policy_with_parameters_is_bound_to_the_parameter_object_export_writes()
    {
        var policy = BuiltInPolicies.All.Policies.Single(p => p.Id == "RMP-K8S-005");
        var result = PolicyExporter.Export(policy, BindingSettings.Default);

        var parameters = Documents(result.Yaml!).Single(d => Text(d, "kind") == PolicyParameters.Kind);
        var binding = Assert.Single(Documents(result.Binding!));
        Assert.Equal(Text(parameters, "metadata", "name"), Text(binding, "spec", "paramRef", "name"));
        Assert.Equal("Deny", Text(binding, "spec", "paramRef", "parameterNotFoundAction"));
        Assert.Null(Node(Binding("RMP-K8S-001", BindingSettings.Default), "spec", "paramRef"));
    }

    [Fact]
    public void An_object_exemption_of_two_requirements_is_refused_rather_than_widened()
    {
        var loaded = ConfigLoader.Parse("admission:\n  exemptObjects:\n    matchLabels:\n      a: \"1\"\n      b: \"2\"\n", "rampart.yaml");

        var (settings, error) = BindingSettings.From(loaded.Config.Admission);

        Assert.Null(settings);
        Assert.Contains("2 requirements", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exists_exemption_becomes_does_not_exist()
    {
        var binding = Binding("RMP-K8S-001", Settings("admission:\n  exemptObjects:\n    matchExpressions:\n      - {key: skip-rampart, operator: Exists}\n"));

        var objects = Assert.IsType<MappingNode>(Assert.Single(Items(binding, "spec", "matchResources", "objectSelector", "matchExpressions")));
        Assert.Equal("skip-rampart", Text(objects, "key"));
        Assert.Equal("DoesNotExist", Text(objects, "operator"));
    }

    private static BindingSettings Settings(string yaml)
    {
        var loaded = ConfigLoader.Parse(yaml, "rampart.yaml");
        Assert.Empty(loaded.Errors);
        var (settings, error) = BindingSettings.From(loaded.Config.Admission);
        Assert.Null(error);
        return settings!;
    }

    private static MappingNode Binding(string id, BindingSettings settings) =>
        Assert.Single(Documents(PolicyExporter.Export(BuiltInPolicies.All.Policies.Single(p => p.Id == id), settings).Binding!));

    private static List<MappingNode> Documents(string yaml) =>
        [.. new YamlLoader().Load("exported.yaml", yaml).Select(d => d.Root).OfType<MappingNode>()];

    private static IEnumerable<(string Text, Rampart.Cel.CelEnvironment Environment)> Expressions(MappingNode policy)
    {
        foreach (var condition in Items(policy, "spec", "matchConditions").OfType<MappingNode>())
        {
            yield return (Text(condition, "expression")!, PolicyEnvironment.MatchCondition);
        }

        foreach (var variable in Items(policy, "spec", "variables").OfType<MappingNode>())
        {
            yield return (Text(variable, "expression")!, PolicyEnvironment.Validation);
        }

        foreach (var validation in Items(policy, "spec", "validations").OfType<MappingNode>())
        {
            yield return (Text(validation, "expression")!, PolicyEnvironment.Validation);
            if (Text(validation, "messageExpression") is { } message)
            {
                yield return (message, PolicyEnvironment.Validation);
            }
        }
    }

    private static Node? Node(MappingNode map, params string[] path)
    {
        Node? node = map;
        foreach (var key in path)
        {
            node = (node as MappingNode)?[key];
        }

        return node;
    }

    private static string? Text(MappingNode map, params string[] path) => (Node(map, path) as ScalarNode)?.Text;

    private static IReadOnlyList<Node> Items(MappingNode map, params string[] path) => (Node(map, path) as SequenceNode)?.Items ?? [];

    private static List<string> Texts(MappingNode map, params string[] path) => [.. Items(map, path).OfType<ScalarNode>().Select(s => s.Text)];
}
