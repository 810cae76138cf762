using Rampart.Policies;

namespace Rampart.Tests.Policies;

public sealed class PolicyExportTests
{
    [Fact]
    public void An_exported_pod_spec_policy_spells_out_what_was_injected()
    {
        var policy = BuiltInPolicies.All.Policies.Single(p => p.Id == "RMP-K8S-004");

        var yaml = PolicyExporter.Export(policy).Yaml!;

        Assert.DoesNotContain(PolicyAnnotations.PodSpec, yaml, StringComparison.Ordinal);
        Assert.Contains("- name: \"containers\"", yaml, StringComparison.Ordinal);
        Assert.Contains("- name: \"rampart.dev/has-pod-spec\"", yaml, StringComparison.Ordinal);
        Assert.Contains("resources: [\"deployments\", \"statefulsets\", \"daemonsets\", \"replicasets\"]", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_exportable_built_in_policy_reloads_as_a_plain_policy_that_reports_the_same_findings()
    {
        var exported = 0;
        foreach (var policy in BuiltInPolicies.All.Policies.Where(p => p.RepositoryParams.Count == 0))
        {
            var reloaded = PolicyLoader.LoadText("exported.yaml", PolicyExporter.Export(policy).Yaml!);
            Assert.Empty(reloaded.Problems.Select(p => $"{policy.Id} {p.Location}: {p.Message}"));
            var copy = Assert.Single(reloaded.Policies);
            Assert.False(copy.PodSpec);
            Assert.Equal(policy.Metadata, copy.Metadata with { HelpUri = policy.Metadata.HelpUri, Aliases = policy.Metadata.Aliases });
            Assert.Equal(policy.Metadata.Aliases, copy.Metadata.Aliases);

            // A message that names the failing element has no cluster equivalent: the copy keeps the static message.
            var messages = copy.Validations.Count(v => v.MessageExpression is not null) == policy.Validations.Count(v => v.MessageExpression is not null);
            foreach (var file in PolicyFixtureTests.FixtureFiles(policy.Id))
            {
                var text = File.ReadAllText(file);
                Assert.Equal(Lines(PolicyRun.Only(policy), text, messages), Lines(PolicyRun.Only(copy), text, messages));
            }

            exported++;
        }

        Assert.True(exported >= 55, $"{exported} policies exported");
    }

    [Fact]
    public void A_policy_that_reads_the_repository_is_not_exported()
    {
        var policy = BuiltInPolicies.All.Policies.Single(p => p.Id == "RMP-K8S-057");

        var result = PolicyExporter.Export(policy);

        Assert.False(result.Success);
        Assert.Contains("PodDisruptionBudget", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_that_names_the_failing_element_is_left_out_of_the_export_and_the_static_message_stays()
    {
        var policy = BuiltInPolicies.All.Policies.Single(p => p.Id == "RMP-K8S-041");

        var copy = Assert.Single(PolicyLoader.LoadText("exported.yaml", PolicyExporter.Export(policy).Yaml!).Policies);

        Assert.NotNull(Assert.Single(policy.Validations).MessageExpression);
        var validation = Assert.Single(copy.Validations);
        Assert.Null(validation.MessageExpression);
        Assert.Equal("Rules should list their verbs and resources instead of \"*\".", validation.Message);
    }

    private static List<string> Lines(PolicyAnalyzer analyzer, string text, bool messages = true) =>
        [.. PolicyRun.Analyze(analyzer, "f.yaml", text).Select(f => $"{f.Location.Line}:{f.Location.FieldPath}:{(messages ? f.Message : "")}")];
}
