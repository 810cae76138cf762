using Rampart.Findings;
using Rampart.Policies;

namespace Rampart.Tests.Policies;

public sealed class PolicyLoaderTests
{
    [Fact]
    public void A_valid_policy_file_gives_its_metadata_and_validations()
    {
        var result = PolicyLoader.LoadText("p.yaml", PolicyText.Policy("- expression: object.spec.replicas >= 2\n  message: two or more", extraAnnotations: "rampart.dev/aliases: \"KSV-0001, polaris:x\""));

        Assert.Empty(result.Problems);
        var policy = Assert.Single(result.Policies);
        Assert.Equal("TEST-001", policy.Id);
        Assert.Equal(Severity.Medium, policy.Metadata.Severity);
        Assert.Equal(Category.Policy, policy.Metadata.Category);
        Assert.Equal(Responsibility.Platform, policy.Metadata.Responsibility);
        Assert.Equal(["KSV-0001", "polaris:x"], policy.Metadata.Aliases);
        Assert.Equal("object.spec.replicas >= 2", Assert.Single(policy.Validations).Expression.Text);
    }

    [Fact]
    public void A_yaml_syntax_error_is_a_problem_with_its_line()
    {
        var result = PolicyLoader.LoadText("bad.yaml", "apiVersion: admissionregistration.k8s.io/v1\nkind: [ValidatingAdmissionPolicy\n");

        Assert.Empty(result.Policies);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("bad.yaml", problem.Location.Path);
        Assert.True(problem.Location.Line >= 2, problem.Location.ToString());
    }

    [Fact]
    public void Missing_metadata_annotations_are_problems_at_the_metadata()
    {
        const string text = """
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingAdmissionPolicy
            metadata:
              name: no-metadata
            spec:
              matchConstraints:
                resourceRules: [{apiGroups: [""], apiVersions: [v1], resources: [pods], operations: [CREATE]}]
              validations:
                - expression: "true"
            """;

        var result = PolicyLoader.LoadText("p.yaml", text);

        Assert.Empty(result.Policies);
        Assert.Contains(result.Problems, p => p.Message.Contains("rampart.dev/id", StringComparison.Ordinal) && p.Location.Line == 4);
        Assert.All(result.Problems, p => Assert.Equal(PolicyProblems.InvalidPolicyId, p.RuleId));
    }

    [Fact]
    public void An_unknown_severity_names_the_allowed_values()
    {
        var text = PolicyText.Policy("- expression: \"true\"").Replace("severity: medium", "severity: urgent", StringComparison.Ordinal);

        var problem = Assert.Single(PolicyLoader.LoadText("p.yaml", text).Problems);

        Assert.Contains("info, low, medium, high, critical", problem.Message, StringComparison.Ordinal);
        Assert.Equal(8, problem.Location.Line);
    }

    [Fact]
    public void A_misspelt_spec_field_is_a_problem_not_a_silently_empty_policy()
    {
        var text = PolicyText.Policy("- expression: \"true\"", spec: "validation:\n  - expression: \"false\"");

        var result = PolicyLoader.LoadText("p.yaml", text);

        Assert.Empty(result.Policies);
        Assert.Contains(result.Problems, p => p.Message.Contains("unknown field spec.validation", StringComparison.Ordinal));
    }

    [Fact]
    public void Other_kinds_are_problems_and_bindings_are_ignored()
    {
        const string text = """
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingAdmissionPolicyBinding
            metadata: {name: b}
            spec: {policyName: p, validationActions: [Deny]}
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: c}
            """;

        var result = PolicyLoader.LoadText("p.yaml", text);

        Assert.Empty(result.Policies);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("not ConfigMap", problem.Message, StringComparison.Ordinal);
        Assert.Equal(7, problem.Location.Line);
    }

    [Fact]
    public void A_malformed_location_hint_is_a_problem()
    {
        var text = PolicyText.Policy("- expression: \"true\"", extraAnnotations: "rampart.dev/field: \"c..x\"");

        var problem = Assert.Single(PolicyLoader.LoadText("p.yaml", text).Problems);

        Assert.Contains("location hint", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_policies_with_one_id_in_a_directory_are_reported_and_the_first_is_kept()
    {
        var folder = Directory.CreateTempSubdirectory("rampart-policies-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.yaml"), PolicyText.Policy("- expression: \"true\""));
            Directory.CreateDirectory(Path.Combine(folder.FullName, "sub"));
            File.WriteAllText(Path.Combine(folder.FullName, "sub", "b.yml"), PolicyText.Policy("- expression: \"false\""));
            File.WriteAllText(Path.Combine(folder.FullName, "notes.txt"), "not a policy");

            var result = PolicyLoader.LoadDirectory(folder.FullName);

            var policy = Assert.Single(result.Policies);
            Assert.Equal("a.yaml", policy.SourcePath);
            var problem = Assert.Single(result.Problems);
            Assert.Equal("sub/b.yml", problem.Location.Path);
            Assert.Contains("already used by a.yaml", problem.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_a_problem()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, [0x6b, 0x3a, 0x20, 0xff, 0xfe, 0x0a]);

            var result = PolicyLoader.LoadFile(file, "binary.yaml");

            Assert.Empty(result.Policies);
            Assert.Equal("binary.yaml", Assert.Single(result.Problems).Location.Path);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_user_policy_with_a_built_in_id_replaces_the_built_in()
    {
        var user = PolicyLoader.LoadText("mine.yaml", PolicyText.Policy("- expression: \"true\"", id: "RMP-K8S-004"));

        var combined = BuiltInPolicies.All.OverriddenBy(user);

        var policy = Assert.Single(combined.Policies, p => p.Id == "RMP-K8S-004");
        Assert.Equal("mine.yaml", policy.SourcePath);
        Assert.Equal(BuiltInPolicies.All.Policies.Count, combined.Policies.Count);
    }
}
