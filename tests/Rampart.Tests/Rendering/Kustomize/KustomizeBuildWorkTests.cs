using Rampart.Analysis;
using Rampart.Discovery;
using Rampart.Rendering;
using Rampart.Rendering.Kustomize;
using Rampart.Rendering.Kustomize.Files;
using Rampart.Tests.Rendering.GitOps;

namespace Rampart.Tests.Rendering.Kustomize;

/// <summary>
/// The work a scan's builds repeat is done once: a kustomization file read to find the roots is not loaded again by
/// its build, and name references walk only the fields of types some resource was renamed from. Shown by counting,
/// never by a clock.
/// </summary>
public sealed class KustomizeBuildWorkTests
{
    [Fact]
    public void Every_kustomization_read_to_find_the_roots_is_loaded_once_for_its_build_too()
    {
        var files = KustomizeBaseCacheTests.Repository(3);
        var inputs = Inputs(files);
        var roots = new KustomizationRoots();

        var renders = roots.Find(inputs, TestContext.Current.CancellationToken)
            .Select(e => roots.Render(e, inputs, TestContext.Current.CancellationToken)).ToList();

        // Three overlays and their base: four kustomization files, each loaded once.
        Assert.Equal(4, inputs.KustomizeBases.LoadsSaved);
        for (var i = 1; i <= 3; i++)
        {
            var render = renders[i - 1];
            Assert.Equal(KustomizeBaseCacheTests.Dump(KustomizeBuild.Run(files, $"overlay-{i}")), KustomizeBaseCacheTests.Dump(new RenderResult(render.Objects, render.Findings)));
        }
    }

    [Fact]
    public void Kustomization_shown_otherwise_by_a_view_is_loaded_from_what_the_view_shows()
    {
        var files = KustomizeBaseCacheTests.Repository(1);
        var inputs = Inputs(files);
        new KustomizationRoots().Find(inputs, TestContext.Current.CancellationToken);
        var view = new Rampart.Rendering.GitOps.RecordingFileSystem(files);
        view.Generate("overlay-1/kustomization.yaml", "resources:\n- ../base\nnamePrefix: own-\n");

        var result = KustomizeBuild.Run(view, "overlay-1", bases: inputs.KustomizeBases);

        Assert.Contains(result.Objects, o => o.Resource.Name == "own-web");
        Assert.Equal(1, inputs.KustomizeBases.LoadsSaved); // the base's file only
    }

    [Fact]
    public void Build_that_renames_nothing_walks_no_referring_field()
    {
        var files = new MemoryFileSystem().Add("plain/kustomization.yaml", "resources:\n- deployment.yaml\n- service.yaml\n")
            .Add("plain/deployment.yaml", KustomizeBaseCacheTests.Deployment)
            .Add("plain/service.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n");

        var result = KustomizeBuild.Run(files, "plain");

        Assert.Equal(["web", "web"], result.Objects.Select(o => o.Resource.Name));
        Assert.Equal(0, result.NameReferenceWalks);
    }

    [Fact]
    public void Fields_that_refer_to_config_maps_are_walked_only_when_a_config_map_was_renamed()
    {
        var files = new MemoryFileSystem()
            .Add("alone/kustomization.yaml", "resources:\n- deployment.yaml\nnamePrefix: p-\n")
            .Add("alone/deployment.yaml", KustomizeBaseCacheTests.Deployment)
            .Add("both/kustomization.yaml", "resources:\n- deployment.yaml\n- settings.yaml\nnamePrefix: p-\n")
            .Add("both/deployment.yaml", KustomizeBaseCacheTests.Deployment)
            .Add("both/settings.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  A: '1'\n");

        var alone = KustomizeBuild.Run(files, "alone");
        var both = KustomizeBuild.Run(files, "both");

        var deployment = Assert.Single(both.Objects, o => o.Resource.Kind == "Deployment");
        Assert.Equal("p-settings", Tree.Scalar(deployment.Root, "spec", "template", "spec", "containers", 0, "envFrom", 0, "configMapRef", "name").Text);
        var unchanged = Assert.Single(alone.Objects);
        Assert.Equal("settings", Tree.Scalar(unchanged.Root, "spec", "template", "spec", "containers", 0, "envFrom", 0, "configMapRef", "name").Text);

        // The same Deployment: its ConfigMap fields (volumes, env, envFrom, projections) are walked only in the build
        // that renamed a ConfigMap.
        Assert.True(both.NameReferenceWalks > alone.NameReferenceWalks, $"{both.NameReferenceWalks} walks with a ConfigMap, {alone.NameReferenceWalks} without");
    }

    private static RenderInputs Inputs(MemoryFileSystem files)
    {
        var paths = new[] { "base/kustomization.yaml", "base/deployment.yaml" }
            .Concat(Enumerable.Range(1, 3).SelectMany(i => new[] { $"overlay-{i}/kustomization.yaml", $"overlay-{i}/replicas.yaml" }))
            .Where(p => files.Kind(p) == EntryKind.File);
        var discovered = paths.Select(p => new DiscoveredFile(p, p, 1, p.EndsWith("kustomization.yaml", StringComparison.Ordinal) ? FileKind.Kustomization : FileKind.KubernetesManifest)).ToList();
        return new RenderInputs(files, discovered, ScanIndex.Empty);
    }
}
