using Rampart.Loading;
using Rampart.Rendering;
using Rampart.Rendering.GitOps;

namespace Rampart.Tests.Rendering.GitOps;

public sealed class FluxKustomizationSourceTests
{
    private const string Deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: ${replicas}\n";

    /// <summary>A Flux Kustomization file: lines 1 to 10 are fixed, <paramref name="spec"/>'s fields start at line 11.</summary>
    internal static string Flux(string spec, string name = "apps") =>
        $"apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: {name}\n  namespace: flux-system\nspec:\n  interval: 10m\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n{spec}";

    private static EntryPointRender Render(TestRepository repository, FluxLimits? limits = null) =>
        repository.Render(new FluxKustomizationSource(limits), "clusters/apps.yaml");

    [Fact]
    public void A_flux_kustomization_is_an_entry_point_that_builds_its_path_with_its_kustomization()
    {
        var repository = new TestRepository()
            .File("clusters/apps.yaml", Flux("  path: ./apps\n"))
            .File("apps/kustomization.yaml", "resources:\n- deploy.yaml\nnamePrefix: prod-\n")
            .File("apps/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n");
        var source = new FluxKustomizationSource();
        var entryPoint = Assert.Single(source.Find(repository.Inputs(source), TestContext.Current.CancellationToken));
        Assert.Equal(new EntryPoint(EntryPointKind.FluxKustomization, "clusters/apps.yaml", 1, "flux-system/apps", "apps"), entryPoint);
        var render = Render(repository);
        Assert.Equal("Deployment/prod-web", Assert.Single(render.Objects).Resource.ToString());
        Assert.Equal(["apps/deploy.yaml", "apps/kustomization.yaml", "clusters/apps.yaml"], render.SourceFiles);
    }

    [Fact]
    public void A_folder_without_a_kustomization_renders_every_manifest_under_it_and_subfolders_with_one_as_bases()
    {
        var repository = new TestRepository()
            .File("clusters/apps.yaml", Flux("  path: ./apps\n"))
            .File("apps/a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n")
            .File("apps/deep/b.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n")
            .File("apps/base/kustomization.yaml", "resources:\n- c.yaml\nnameSuffix: -x\n")
            .File("apps/base/c.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n");
        var render = Render(repository);
        Assert.Empty(render.Findings);
        Assert.Equal(["a", "b", "c-x"], render.Objects.Select(o => o.Resource.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_yaml_file_that_is_not_objects_in_a_generated_kustomization_fails_as_in_flux()
    {
        var repository = new TestRepository()
            .File("clusters/apps.yaml", Flux("  path: ./apps\n"))
            .File("apps/a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n")
            .File("apps/notes.yaml", "just: settings\n");
        var render = Render(repository);
        Assert.Empty(render.Objects);
        var finding = Assert.Single(render.Findings);
        Assert.Equal((FluxRules.Invalid.Id, "apps/notes.yaml"), (finding.RuleId, finding.Location.Path));
    }

    [Fact]
    public void A_path_that_is_not_a_folder_is_a_finding_at_the_path_line()
    {
        var render = Render(new TestRepository().File("clusters/apps.yaml", Flux("  path: ./missing\n")));
        var finding = Assert.Single(render.Findings);
        Assert.Equal((FluxRules.Invalid.Id, "clusters/apps.yaml", 11), (finding.RuleId, finding.Location.Path, finding.Location.Line));
    }

    [Fact]
    public void Target_namespace_is_set_on_namespaced_objects_at_its_line()
    {
        var repository = new TestRepository()
            .File("clusters/apps.yaml", Flux("  path: ./apps\n  targetNamespace: team-a\n"))
            .File("apps/all.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: other\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: r\n");
        var render = Render(repository);
        var configMap = Assert.Single(render.Objects, o => o.Resource.Kind == "ConfigMap");
        Assert.Equal("team-a", configMap.Resource.Namespace);
        Assert.Equal(("clusters/apps.yaml", 12), Tree.Place(Tree.At(configMap.Root, "metadata", "namespace")));
        var role = Assert.Single(render.Objects, o => o.Resource.Kind == "ClusterRole");
        Assert.Null(role.Resource.Namespace);
        Assert.Null(((MappingNode)role.Root["metadata"]!)["namespace"]);
    }

    [Fact]
    public void A_substituted_plain_value_is_typed_as_flux_parses_it_and_stands_at_the_substitute_line()
    {
        var repository = new TestRepository()
            .File("clusters/apps.yaml", Flux("  path: ./apps\n  postBuild:\n    substitute:\n      replicas: \"3\"\n"))
            .File("apps/deploy.yaml", Deployment);
        var replicas = Tree.Scalar(Assert.Single(Render(repository).Objects).Root, "spec", "replicas");
        Assert.Equal((ScalarKind.Int, 3L), (replicas.Kind, replicas.Int));
        Assert.Equal(("clusters/apps.yaml", 14), Tree.Place(replicas));
    }

    [Fact]
    public void Defaults_escapes_and_undefined_variables_follow_flux()
    {
        var repository = new TestRepository()
            .File("clusters/apps.yaml", Flux("  path: ./apps\n  postBuild:\n    substitute:\n      empty: \"\"\n      set: yes-set\n"))
            .File("apps/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  a: ${unset:=fallback}\n  b: ${empty:-dash}\n  c: ${empty=kept}\n  d: $${set}\n  e: \"${missing}\"\n  f: $set\n  g: x-${set}-y\n");
        var data = Tree.At(Assert.Single(Render(repository).Objects).Root, "data");
        Assert.Equal(
            ["fallback", "dash", "", "${set}", "", "$set", "x-yes-set-y"],
            ((MappingNode)data).Entries.Select(e => ((ScalarNode)e.Value).Text));
        Assert.Equal(("apps/cm.yaml", 6), Tree.Place(Tree.At(data, "a")));
    }

    [Fact]
    public void Without_post_build_variables_nothing_is_substituted()
    {
        var repository = new TestRepository()
            .File("clusters/apps.yaml", Flux("  path: ./apps\n"))
            .File("apps/deploy.yaml", Deployment);
        Assert.Equal("${replicas}", Tree.Scalar(Assert.Single(Render(repository).Objects).Root, "spec", "replicas").Text);
    }

    [Fact]
    public void Substitute_from_reads_configmaps_and_secrets_of_the_repository_with_their_lines()
    {
        var repository = new TestRepository()
            .File("clusters/apps.yaml", Flux("  path: ./apps\n  postBuild:\n    substituteFrom:\n    - kind: ConfigMap\n      name: vars\n    - kind: Secret\n      name: secret-vars\n    - kind: ConfigMap\n      name: absent\n      optional: true\n"))
            .File("clusters/vars.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: vars\n  namespace: flux-system\ndata:\n  replicas: \"2\"\n")
            .File("clusters/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: secret-vars\ndata:\n  token: c2VjcmV0\n")
            .File("apps/deploy.yaml", Deployment + "  template:\n    metadata:\n      annotations:\n        token: ${token}\n");
        var render = Render(repository);
        var root = Assert.Single(render.Objects).Root;
        Assert.Equal(("clusters/vars.yaml", 7), Tree.Place(Tree.Scalar(root, "spec", "replicas")));
        Assert.Equal(2, Tree.Scalar(root, "spec", "replicas").Int);
        Assert.Equal("secret", Tree.Scalar(root, "spec", "template", "metadata", "annotations", "token").Text);
        Assert.Contains("clusters/vars.yaml", render.SourceFiles);
    }

    [Fact]
    public void A_missing_substitute_from_that_is_not_optional_is_not_checked_and_says_so()
    {
        var repository = new TestRepository()
            .File("clusters/apps.yaml", Flux("  path: ./apps\n  postBuild:\n    substituteFrom:\n    - kind: ConfigMap\n      name: cluster-vars\n"))
            .File("apps/deploy.yaml", Deployment);
        var render = Render(repository);
        Assert.Empty(render.Objects);
        Assert.Equal(
            ["Flux Kustomization flux-system/apps: postBuild.substituteFrom reads the ConfigMap flux-system/cluster-vars is not in the repository; what it applies was not checked."],
            render.NotChecked);
    }

    [Fact]
    public void An_object_labelled_substitute_disabled_is_left_as_it_is()
    {
        var repository = new TestRepository()
            .File("clusters/apps.yaml", Flux("  path: ./apps\n  postBuild:\n    substitute:\n      replicas: \"3\"\n"))
            .File("apps/deploy.yaml", Deployment.Replace("  name: web\n", "  name: web\n  labels:\n    kustomize.toolkit.fluxcd.io/substitute: disabled\n", StringComparison.Ordinal));
        Assert.Equal("${replicas}", Tree.Scalar(Assert.Single(Render(repository).Objects).Root, "spec", "replicas").Text);
    }

    [Fact]
    public void A_variable_name_flux_refuses_is_a_finding_at_its_line()
    {
        var repository = new TestRepository()
            .File("clusters/apps.yaml", Flux("  path: ./apps\n  postBuild:\n    substitute:\n      my-var: \"3\"\n"))
            .File("apps/deploy.yaml", Deployment);
        var finding = Assert.Single(Render(repository).Findings);
        Assert.Equal((FluxRules.Invalid.Id, "clusters/apps.yaml", 14), (finding.RuleId, finding.Location.Path, finding.Location.Line));
        Assert.Contains("'my-var' var name is invalid", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_expression_is_a_substitution_finding_at_the_line_that_holds_it()
    {
        var repository = new TestRepository()
            .File("clusters/apps.yaml", Flux("  path: ./apps\n  postBuild:\n    substitute:\n      replicas: \"3\"\n"))
            .File("apps/deploy.yaml", Deployment + "  paused: ${broken\n");
        var render = Render(repository);
        Assert.Empty(render.Objects);
        var finding = Assert.Single(render.Findings);
        Assert.Equal((FluxRules.Substitution.Id, "apps/deploy.yaml", 7), (finding.RuleId, finding.Location.Path, finding.Location.Line));
    }

    [Fact]
    public void Variable_count_and_substituted_size_are_bounded()
    {
        var repository = new TestRepository()
            .File("clusters/apps.yaml", Flux("  path: ./apps\n  postBuild:\n    substitute:\n      a: \"1\"\n      big: \"0123456789\"\n"))
            .File("apps/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  x: ${big}${big}\n");
        Assert.Equal(FluxRules.Substitution.Id, Assert.Single(Render(repository, new FluxLimits(1, 1000)).Findings).RuleId);
        Assert.Equal(FluxRules.Substitution.Id, Assert.Single(Render(repository, new FluxLimits(10, 15)).Findings).RuleId);
        Assert.Empty(Render(repository, new FluxLimits(10, 20)).Findings);
    }

    [Fact]
    public void A_source_that_is_not_this_repository_is_not_checked_and_says_which()
    {
        var oci = new TestRepository().File("clusters/apps.yaml", Flux("  path: ./apps\n").Replace("kind: GitRepository\n    name: flux-system", "kind: OCIRepository\n    name: podinfo", StringComparison.Ordinal));
        Assert.Equal(["Flux Kustomization flux-system/apps: its source is the OCIRepository flux-system/podinfo, not this repository; what it applies was not checked."], Render(oci).NotChecked);
        var other = new TestRepository()
            .File("clusters/apps.yaml", Flux("  path: ./apps\n").Replace("name: flux-system\n  path", "name: tenant\n  path", StringComparison.Ordinal))
            .File("clusters/tenant.yaml", "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: tenant\n  namespace: flux-system\nspec:\n  url: https://example.com/tenant.git\n")
            .File("apps/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n");
        var render = Render(other);
        Assert.Empty(render.Objects);
        Assert.Equal(["Flux Kustomization flux-system/apps: its source GitRepository flux-system/tenant (https://example.com/tenant.git) is another repository; what it applies was not checked."], render.NotChecked);
    }

    [Fact]
    public void A_git_repository_with_the_url_of_the_origin_remote_is_this_repository()
    {
        Assert.True(FluxSourceRef.Same("ssh://git@github.com/acme/fleet.git", "https://github.com/Acme/fleet"));
        Assert.True(FluxSourceRef.Same("git@github.com:acme/fleet.git", "https://github.com/acme/fleet/"));
        Assert.False(FluxSourceRef.Same("https://github.com/acme/fleet", "https://github.com/acme/fleet-infra"));
    }

    [Fact]
    public void A_git_repository_whose_url_is_the_origin_remote_is_read_as_this_repository()
    {
        var repository = new TestRepository()
            .File(".git/config", "[core]\n\tbare = false\n[remote \"origin\"]\n\turl = git@github.com:acme/fleet.git\n")
            .File("clusters/apps.yaml", Flux("  path: ./apps\n").Replace("name: flux-system\n  path", "name: fleet\n  path", StringComparison.Ordinal))
            .File("clusters/fleet.yaml", "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: fleet\n  namespace: flux-system\nspec:\n  url: https://github.com/acme/fleet\n")
            .File("apps/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n");
        var render = Render(repository);
        Assert.Empty(render.NotChecked);
        Assert.Equal("ConfigMap/cm", Assert.Single(render.Objects).Resource.ToString());
    }

    [Fact]
    public void A_sops_encrypted_secret_is_not_read_for_variables_and_the_render_says_so()
    {
        var repository = new TestRepository()
            .File("clusters/apps.yaml", Flux("  path: ./apps\n  postBuild:\n    substituteFrom:\n    - kind: Secret\n      name: vars\n"))
            .File("clusters/vars.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: vars\nstringData:\n  replicas: ENC[AES256_GCM,data:abc]\nsops:\n  version: 3.8.1\n")
            .File("apps/deploy.yaml", Deployment);
        var render = Render(repository);
        Assert.Empty(render.Objects);
        Assert.Contains("the Secret vars is encrypted with SOPS", Assert.Single(render.NotChecked), StringComparison.Ordinal);
    }
}
