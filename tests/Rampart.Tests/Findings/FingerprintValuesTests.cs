using Rampart.Findings;
using Rampart.Loading;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Findings;

/// <summary>
/// The fingerprints of representative findings, as committed values. Baselines, SARIF's partialFingerprints and the
/// findings store keep these values across versions, so any change to how a fingerprint is computed must fail here
/// (and then needs a new <c>Version</c> in <see cref="Fingerprinter"/> and a migration of what stored the old ones).
/// Each value was computed outside the code under test: the first 16 hex digits of the SHA-256 of the lines
/// version, rule, <c>resource:group/kind/namespace/name</c> or <c>path:file</c>, stable field path, package and
/// discriminator, joined by line feeds (for example <c>printf '1\nRMP-LOAD-002\npath:apps/payments/config.yaml\n\n\n' | sha256sum</c>).
/// </summary>
public sealed class FingerprintValuesTests
{
    private const string Deployment = """
        spec:
          template:
            spec:
              containers:
                - name: sidecar
                - name: web
                  securityContext: {privileged: true}
        """;

    private static readonly Dictionary<string, (Finding Finding, string? ObjectYaml)> Cases = new(StringComparer.Ordinal)
    {
        ["policy finding on a namespaced object, in a named container"] = (
            TestFindings.Make("RMP-K8S-001", "apps/web/deployment.yaml", resource: new ResourceRef("apps/v1", "Deployment", "shop", "web"),
                fieldPath: "spec.template.spec.containers[1].securityContext.privileged"),
            Deployment),
        ["policy finding on a cluster-scoped object"] = (
            TestFindings.Make("RMP-K8S-040", "platform/rbac.yaml", resource: new ResourceRef("rbac.authorization.k8s.io/v1", "ClusterRole", null, "ci-admin"),
                fieldPath: "rules[0].verbs"),
            null),
        ["policy evaluation error on a core object, told apart by the policy"] = (
            TestFindings.Make("RMP-POLICY-003", "apps/debug/pod.yaml", resource: new ResourceRef("v1", "Pod", "default", "debug"), fieldPath: "")
                with { Discriminator = "RMP-K8S-010" },
            null),
        ["load finding, tied to its file"] = (TestFindings.Make("RMP-LOAD-002", "apps/payments/config.yaml", line: 7), null),
        ["discovery finding, tied to its file"] = (TestFindings.Make("RMP-DISC-001", "charts/big/values.yaml", line: 0), null),
        ["CODEOWNERS finding, told apart by its message"] = (
            TestFindings.Make("RMP-OWN-001", ".github/CODEOWNERS", line: 3) with { Discriminator = "unknown owner '@acme/nobody'" },
            null),
        ["package finding"] = (
            TestFindings.Make("RMP-DEP-001", "web/package-lock.json") with { Package = new PackageRef("npm", "left-pad", "1.3.0", ["1.3.1"]) },
            null),
    };

    [Theory]
    [InlineData("policy finding on a namespaced object, in a named container", "785ab084066fe34e")]
    [InlineData("policy finding on a cluster-scoped object", "d192bf3dfde7da1d")]
    [InlineData("policy evaluation error on a core object, told apart by the policy", "4a69ad5c53bfd7bb")]
    [InlineData("load finding, tied to its file", "0b3e426b75d7215c")]
    [InlineData("discovery finding, tied to its file", "020c3122448df8e2")]
    [InlineData("CODEOWNERS finding, told apart by its message", "0031de0f021ffc5a")]
    [InlineData("package finding", "2081965984b7c3ed")]
    public void A_fingerprint_keeps_its_committed_value(string finding, string expected)
    {
        var (subject, objectYaml) = Cases[finding];
        var root = objectYaml is null ? null : new YamlLoader().Load("object.yaml", objectYaml).Single().Root;

        Assert.Equal(expected, TestFindings.Fingerprint(subject, root));
    }
}
