using Rampart.Rendering.Kustomize;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Tests.Rendering.Kustomize;

/// <summary>Inputs <c>kubectl kustomize</c> (v5.5.0) rejects are rejected here too, as a finding at the file that holds the problem.</summary>
public sealed class KustomizeRejectionTests
{
    private static string Failure(MemoryFileSystem files, string directory = "app")
    {
        var result = KustomizeBuild.Run(files, directory);
        Assert.False(result.Succeeded);
        var finding = Assert.Single(result.Findings);
        return finding.Location.Path + ": " + finding.Message;
    }

    [Fact]
    public void RoleBinding_subject_with_an_empty_namespace_is_rejected()
    {
        var files = new MemoryFileSystem()
            .Add("app/kustomization.yaml", "resources:\n- rbac.yaml\n")
            .Add("app/rbac.yaml", "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: read\nsubjects:\n- kind: ServiceAccount\n  name: reader\n  namespace:\nroleRef:\n  kind: Role\n  name: read\n  apiGroup: rbac.authorization.k8s.io\n");

        Assert.Contains("app/rbac.yaml: namespace is blank", Failure(files), StringComparison.Ordinal);
    }

    [Fact]
    public void Component_with_the_kustomization_api_version_is_rejected()
    {
        var files = new MemoryFileSystem()
            .Add("app/kustomization.yaml", "resources:\n- cm.yaml\ncomponents:\n- ../extra\n")
            .Add("app/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n")
            .Add("extra/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Component\ncommonLabels:\n  a: b\n");

        Assert.Contains("extra/kustomization.yaml: apiVersion for Component should be kustomize.config.k8s.io/v1alpha1", Failure(files), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("openapi:\n  version: v1.21.2\n  path: schema.json\n", "builtin version and custom schema provided")]
    [InlineData("openapi:\n  version: v1.14.1\n", "is not built in")]
    [InlineData("openapi:\n  path: missing.json\n", "missing.json")]
    public void Unusable_openapi_field_is_rejected(string openapi, string expected)
    {
        var files = new MemoryFileSystem()
            .Add("app/kustomization.yaml", "resources:\n- cm.yaml\n" + openapi)
            .Add("app/schema.json", "{}")
            .Add("app/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n");

        Assert.Contains(expected, Failure(files), StringComparison.Ordinal);
    }

    [Fact]
    public void Patch_by_a_name_two_resources_had_is_ambiguous_after_a_json_patch_rename()
    {
        var files = new MemoryFileSystem()
            .Add("base/kustomization.yaml", "resources:\n- cm.yaml\n")
            .Add("base/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n")
            .Add("copy/kustomization.yaml", "resources:\n- ../base\npatches:\n- target:\n    kind: ConfigMap\n  patch: |-\n    - op: replace\n      path: /metadata/name\n      value: settings-copy\n")
            .Add("app/kustomization.yaml", "resources:\n- ../base\n- ../copy\npatches:\n- path: patch.yaml\n")
            .Add("app/patch.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: b\n");

        Assert.Contains("several resources match the strategic merge patch", Failure(files), StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_binding_to_a_service_account_name_in_two_namespaces_is_ambiguous()
    {
        var files = new MemoryFileSystem()
            .Add("a/kustomization.yaml", "namespace: a\nresources:\n- sa.yaml\n")
            .Add("a/sa.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: robot\n")
            .Add("b/kustomization.yaml", "namespace: b\nresources:\n- sa.yaml\n")
            .Add("b/sa.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: robot\n")
            .Add("app/kustomization.yaml", "resources:\n- ../a\n- ../b\n- binding.yaml\n")
            .Add("app/binding.yaml", "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: robots\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: view\nsubjects:\n- kind: ServiceAccount\n  name: robot\n");

        Assert.Contains("found multiple possible referrals for ServiceAccount 'robot'", Failure(files), StringComparison.Ordinal);
    }
}
