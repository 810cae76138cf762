namespace Rampart.Tests.Policies;

/// <summary>Builds small user policies for tests, so that each test shows only what it is about.</summary>
internal static class PolicyText
{
    public static string Policy(
        string validations,
        string id = "TEST-001",
        string? match = null,
        string? extraAnnotations = null,
        string? spec = null) => $$"""
        apiVersion: admissionregistration.k8s.io/v1
        kind: ValidatingAdmissionPolicy
        metadata:
          name: test-policy
          annotations:
            rampart.dev/id: {{id}}
            rampart.dev/title: Test policy
            rampart.dev/severity: medium
            rampart.dev/category: policy
            rampart.dev/responsibility: platform
        {{Indent(extraAnnotations, 4)}}
        spec:
        {{Indent(spec, 2)}}
          matchConstraints:
        {{Indent(match ?? DeploymentsAndPods, 4)}}
          validations:
        {{Indent(validations, 4)}}
        """;

    public const string DeploymentsAndPods = """
        resourceRules:
          - apiGroups: ["apps"]
            apiVersions: ["v1"]
            resources: ["deployments"]
            operations: ["CREATE", "UPDATE"]
          - apiGroups: [""]
            apiVersions: ["v1"]
            resources: ["pods"]
            operations: ["CREATE", "UPDATE"]
        """;

    private static string Indent(string? text, int spaces) =>
        text is null ? "" : string.Join("\n", text.Trim('\n').Split('\n').Select(l => new string(' ', spaces) + l));
}
