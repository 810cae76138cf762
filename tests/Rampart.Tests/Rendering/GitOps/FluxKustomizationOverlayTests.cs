using Rampart.Loading;
using Rampart.Rendering;
using Rampart.Rendering.GitOps;

namespace Rampart.Tests.Rendering.GitOps;

/// <summary>
/// The kustomize fields of a Flux Kustomization (patches, images, components, name prefix and suffix, common metadata)
/// change what Flux applies: they are applied, and what they set is located at the Flux file's lines.
/// </summary>
public sealed class FluxKustomizationOverlayTests
{
    private const string Deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels: {app: web}\n  template:\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.25\n";

    private static TestRepository Apps(string spec) => new TestRepository()
        .File("clusters/apps.yaml", FluxKustomizationSourceTests.Flux(spec))
        .File("apps/kustomization.yaml", "resources:\n- deploy.yaml\n")
        .File("apps/deploy.yaml", Deployment);

    private static EntryPointRender Render(TestRepository repository) =>
        repository.Render(new FluxKustomizationSource(), "clusters/apps.yaml");

    [Fact]
    public void Strategic_merge_and_json_patches_are_applied_and_stand_at_the_flux_file_patch_lines()
    {
        var render = Render(Apps(
            "  path: ./apps\n  patches:\n    - patch: |\n        apiVersion: apps/v1\n        kind: Deployment\n        metadata:\n          name: web\n        spec:\n          replicas: 5\n"
            + "    - patch: |\n        - op: add\n          path: /metadata/annotations\n          value: {team: shop}\n      target:\n        kind: Deployment\n"));

        Assert.Empty(render.Findings);
        Assert.Empty(render.NotChecked);
        var deployment = Assert.Single(render.Objects);
        var replicas = Tree.Scalar(deployment.Root, "spec", "replicas");
        Assert.Equal(("5", ("clusters/apps.yaml", 19)), (replicas.Text, Tree.Place(replicas)));
        var team = Tree.Scalar(deployment.Root, "metadata", "annotations", "team");
        Assert.Equal(("shop", ("clusters/apps.yaml", 23)), (team.Text, Tree.Place(team)));
        Assert.Equal(("apps/deploy.yaml", 12), Tree.Place(Tree.At(deployment.Root, "spec", "template", "spec", "containers", 0, "name")));
        Assert.Equal(["apps/kustomization.yaml"], deployment.Chain);
        Assert.Contains("clusters/apps.yaml", render.SourceFiles);
    }

    [Fact]
    public void Images_and_name_prefix_and_suffix_are_applied_at_their_lines()
    {
        var render = Render(Apps("  path: ./apps\n  images:\n    - name: nginx\n      newTag: \"1.27\"\n  namePrefix: team-\n  nameSuffix: -v2\n"));

        var deployment = Assert.Single(render.Objects);
        Assert.Equal("team-web-v2", deployment.Resource.Name);
        var image = Tree.Scalar(deployment.Root, "spec", "template", "spec", "containers", 0, "image");
        Assert.Equal(("nginx:1.27", ("clusters/apps.yaml", 13)), (image.Text, Tree.Place(image)));
        Assert.Equal("clusters/apps.yaml", Tree.At(deployment.Root, "metadata", "name").Origin?.Path);
    }

    [Fact]
    public void Components_are_read_relative_to_the_path()
    {
        var repository = Apps("  path: ./apps\n  components:\n    - ../components/ha\n")
            .File("components/ha/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n- patch: |\n    apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: web\n    spec:\n      replicas: 3\n");

        var render = Render(repository);

        Assert.Empty(render.Findings);
        var replicas = Tree.Scalar(Assert.Single(render.Objects).Root, "spec", "replicas");
        Assert.Equal(("3", ("components/ha/kustomization.yaml", 10)), (replicas.Text, Tree.Place(replicas)));
        Assert.Contains("components/ha/kustomization.yaml", render.SourceFiles);
    }

    [Fact]
    public void Common_metadata_sets_labels_and_annotations_on_metadata_only_at_their_lines()
    {
        var render = Render(Apps("  path: ./apps\n  commonMetadata:\n    labels:\n      team: shop\n    annotations:\n      owner: ops\n"));

        var deployment = Assert.Single(render.Objects);
        var team = Tree.Scalar(deployment.Root, "metadata", "labels", "team");
        Assert.Equal(("shop", ("clusters/apps.yaml", 14)), (team.Text, Tree.Place(team)));
        var owner = Tree.Scalar(deployment.Root, "metadata", "annotations", "owner");
        Assert.Equal(("ops", ("clusters/apps.yaml", 16)), (owner.Text, Tree.Place(owner)));
        var selector = (MappingNode)Tree.At(deployment.Root, "spec", "selector", "matchLabels");
        Assert.Equal(["app"], selector.Entries.Select(e => e.KeyText));
    }

    [Fact]
    public void A_patch_that_does_not_apply_fails_the_render_at_the_flux_file()
    {
        var render = Render(Apps("  path: ./apps\n  patches:\n    - patch: |\n        - op: replace\n          path: /spec/missing/field\n          value: 1\n      target:\n        kind: Deployment\n"));

        Assert.Empty(render.Objects);
        Assert.Equal("clusters/apps.yaml", Assert.Single(render.Findings).Location.Path);
    }

    [Fact]
    public void Fields_of_a_flux_kustomization_at_the_repository_root_are_not_applied_and_it_says_so()
    {
        var render = Render(new TestRepository()
            .File("clusters/apps.yaml", FluxKustomizationSourceTests.Flux("  path: ./\n  namePrefix: team-\n"))
            .File("kustomization.yaml", "resources:\n- deploy.yaml\n")
            .File("deploy.yaml", Deployment));

        Assert.Equal(["Flux Kustomization flux-system/apps: spec.namePrefix is not applied (spec.path is the repository's root); objects were checked without it."], render.NotChecked);
        Assert.Equal("web", Assert.Single(render.Objects).Resource.Name);
    }

    [Fact]
    public void Flux_kustomizations_with_their_own_fields_share_the_build_of_the_base_they_include()
    {
        var repository = new TestRepository()
            .File("clusters/a.yaml", FluxKustomizationSourceTests.Flux("  path: ./apps\n  namePrefix: a-\n", "a"))
            .File("clusters/b.yaml", FluxKustomizationSourceTests.Flux("  path: ./apps\n  namePrefix: b-\n", "b"))
            .File("apps/kustomization.yaml", "resources:\n- ../base\n")
            .File("base/kustomization.yaml", "resources:\n- deploy.yaml\n")
            .File("base/deploy.yaml", Deployment);
        var source = new FluxKustomizationSource();
        var inputs = repository.Inputs(source);

        var names = source.Find(inputs, TestContext.Current.CancellationToken)
            .SelectMany(e => source.Render(e, inputs, TestContext.Current.CancellationToken).Objects)
            .Select(o => o.Resource.Name);

        Assert.Equal(["a-web", "b-web"], names.Order(StringComparer.Ordinal));
        Assert.Equal(1, inputs.KustomizeBases.Builds("base"));
    }
}
