using Rampart.Analysis;
using Rampart.Discovery;
using Rampart.Loading;
using Rampart.Rendering;
using Rampart.Rendering.Kustomize;
using Rampart.Rendering.Kustomize.Files;
using Rampart.Tests.Rendering.GitOps;

namespace Rampart.Tests.Rendering.Kustomize;

/// <summary>
/// A base included by many overlays of one scan is built once and copied for each: what each overlay renders, with
/// every field's file and line, is what it renders without sharing, and one overlay's changes never reach another's.
/// Shown by counting builds, never by a clock.
/// </summary>
public sealed class KustomizeBaseCacheTests
{
    internal const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels: {app: web}
        spec:
          replicas: 2
          template:
            spec:
              containers:
              - name: web
                image: nginx:1.25
                envFrom:
                - configMapRef:
                    name: settings
        """;

    internal static MemoryFileSystem Repository(int overlays)
    {
        var files = new MemoryFileSystem()
            .Add("base/kustomization.yaml", "resources:\n- deployment.yaml\nconfigMapGenerator:\n- name: settings\n  literals:\n  - A=1\n")
            .Add("base/deployment.yaml", Deployment);
        for (var i = 1; i <= overlays; i++)
        {
            files.Add($"overlay-{i}/kustomization.yaml", $"resources:\n- ../base\nnamespace: env-{i}\nnamePrefix: env-{i}-\nlabels:\n- pairs: {{env: e{i}}}\nimages:\n- name: nginx\n  newTag: \"1.{i}\"\npatches:\n- path: replicas.yaml\n")
                .Add($"overlay-{i}/replicas.yaml", $"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: {i}\n");
        }

        return files;
    }

    [Fact]
    public void Ten_overlays_over_one_base_build_the_base_once()
    {
        var files = Repository(10);
        var cache = new KustomizeBaseCache(files);

        for (var i = 1; i <= 10; i++)
        {
            Assert.Empty(KustomizeBuild.Run(files, $"overlay-{i}", bases: cache).Findings);
        }

        Assert.Equal(1, cache.Builds("base"));
        Assert.Equal(9, cache.Hits);
    }

    [Fact]
    public void Each_overlay_renders_with_a_shared_base_what_it_renders_alone_fields_files_and_lines_included()
    {
        var files = Repository(4);
        var cache = new KustomizeBaseCache(files);

        // overlay-1 last again: the transformations of the others must not have reached the base it copies.
        foreach (var overlay in new[] { "overlay-1", "overlay-2", "overlay-3", "overlay-4", "overlay-1" })
        {
            var alone = KustomizeBuild.Run(files, overlay);
            var shared = KustomizeBuild.Run(files, overlay, bases: cache);

            Assert.Empty(alone.Findings);
            Assert.Equal(Dump(alone), Dump(shared));
        }

        Assert.Equal(1, cache.Builds("base"));
    }

    [Fact]
    public void Copied_base_keeps_the_base_line_and_the_chain_from_its_own_overlay()
    {
        var files = Repository(2);
        var cache = new KustomizeBaseCache(files);
        KustomizeBuild.Run(files, "overlay-1", bases: cache);

        var result = KustomizeBuild.Run(files, "overlay-2", bases: cache);

        var deployment = Assert.Single(result.Objects, o => o.Resource.Kind == "Deployment");
        var image = (ScalarNode)Tree.At(deployment.Root, "spec", "template", "spec", "containers", 0, "envFrom", 0, "configMapRef", "name");
        Assert.Equal(Assert.Single(result.Objects, o => o.Resource.Kind == "ConfigMap").Resource.Name, image.Text);
        Assert.StartsWith("env-2-settings-", image.Text, StringComparison.Ordinal);
        var replicas = Tree.At(deployment.Root, "spec", "replicas");
        Assert.Equal(("overlay-2/replicas.yaml", 6), (replicas.Origin?.Path, replicas.Start.Line));
        var container = Tree.At(deployment.Root, "spec", "template", "spec", "containers", 0, "name");
        Assert.Equal(("base/deployment.yaml", 11), (container.Origin?.Path, container.Start.Line));
        Assert.Equal(["overlay-2/kustomization.yaml", "base/kustomization.yaml"], deployment.Chain);
        Assert.Equal(1, cache.Hits);
    }

    [Fact]
    public void Base_of_a_base_is_built_once_for_every_kustomization_that_includes_it()
    {
        var files = new MemoryFileSystem()
            .Add("base/kustomization.yaml", "resources:\n- deployment.yaml\n")
            .Add("base/deployment.yaml", Deployment)
            .Add("middle-a/kustomization.yaml", "resources:\n- ../base\nnamePrefix: a-\n")
            .Add("middle-b/kustomization.yaml", "resources:\n- ../base\nnamePrefix: b-\n")
            .Add("top-1/kustomization.yaml", "resources:\n- ../middle-a\n- ../middle-b\n")
            .Add("top-2/kustomization.yaml", "resources:\n- ../middle-a\nnamespace: two\n");
        var cache = new KustomizeBaseCache(files);

        var first = KustomizeBuild.Run(files, "top-1", bases: cache);
        var second = KustomizeBuild.Run(files, "top-2", bases: cache);

        Assert.Equal(["a-web", "b-web"], first.Objects.Select(o => o.Resource.Name));
        Assert.Equal(("two", "a-web"), (Assert.Single(second.Objects).Resource.Namespace, second.Objects[0].Resource.Name));
        Assert.Equal(Dump(KustomizeBuild.Run(files, "top-2")), Dump(second));
        Assert.Equal(1, cache.Builds("base"));
        Assert.Equal(1, cache.Builds("middle-a"));
        Assert.Equal(["top-2/kustomization.yaml", "middle-a/kustomization.yaml", "base/kustomization.yaml"], second.Objects[0].Chain);
    }

    [Fact]
    public void Cycle_through_a_kept_base_is_reported_as_without_the_cache()
    {
        var files = new MemoryFileSystem()
            .Add("shared/kustomization.yaml", "resources:\n- deployment.yaml\n")
            .Add("shared/deployment.yaml", Deployment)
            .Add("user/kustomization.yaml", "resources:\n- ../shared\n")
            .Add("shared/inner/kustomization.yaml", "resources:\n- ..\n");
        var cache = new KustomizeBaseCache(files);
        Assert.Empty(KustomizeBuild.Run(files, "user", bases: cache).Findings);

        var shared = KustomizeBuild.Run(files, "shared/inner", bases: cache);

        var finding = Assert.Single(shared.Findings);
        Assert.Contains("cycle detected", finding.Message, StringComparison.Ordinal);
        Assert.Equal(KustomizeBuild.Run(files, "shared/inner").Findings, shared.Findings);
    }

    [Fact]
    public void Kept_base_that_would_pass_the_depth_limit_where_it_is_included_again_fails_as_without_the_cache()
    {
        var files = new MemoryFileSystem()
            .Add("c3/kustomization.yaml", "resources:\n- deployment.yaml\n")
            .Add("c3/deployment.yaml", Deployment)
            .Add("c2/kustomization.yaml", "resources:\n- ../c3\n")
            .Add("c1/kustomization.yaml", "resources:\n- ../c2\n")
            .Add("shallow/kustomization.yaml", "resources:\n- ../c1\n")
            .Add("deep/kustomization.yaml", "resources:\n- ../deeper\n")
            .Add("deeper/kustomization.yaml", "resources:\n- ../c1\n");
        var options = new KustomizeOptions { MaxDepth = 4 };
        var cache = new KustomizeBaseCache(files);
        Assert.Empty(KustomizeBuild.Run(files, "shallow", options, cache).Findings);

        var deep = KustomizeBuild.Run(files, "deep", options, cache);

        Assert.Contains("deeper than the limit", Assert.Single(deep.Findings).Message, StringComparison.Ordinal);
        Assert.Equal(KustomizeBuild.Run(files, "deep", options).Findings, deep.Findings);
    }

    [Fact]
    public void Bases_past_the_memory_bound_are_built_again_each_time()
    {
        var files = Repository(5);
        var cache = new KustomizeBaseCache(files, maxNodes: 10);

        for (var i = 1; i <= 5; i++)
        {
            Assert.Empty(KustomizeBuild.Run(files, $"overlay-{i}", bases: cache).Findings);
        }

        Assert.Equal(5, cache.Builds("base"));
        Assert.Equal(0, cache.Nodes);
        Assert.Equal(0, cache.Hits);
    }

    [Fact]
    public void Build_of_another_file_system_does_not_use_the_cache()
    {
        var files = Repository(2);
        var cache = new KustomizeBaseCache(files);
        KustomizeBuild.Run(files, "overlay-1", bases: cache);
        var other = Repository(2).Add("base/deployment.yaml", Deployment.Replace("nginx:1.25", "httpd:2", StringComparison.Ordinal));

        var result = KustomizeBuild.Run(other, "overlay-2", bases: cache);

        var deployment = Assert.Single(result.Objects, o => o.Resource.Kind == "Deployment");
        Assert.Equal("httpd:2", ((ScalarNode)Tree.At(deployment.Root, "spec", "template", "spec", "containers", 0, "image")).Text);
        Assert.Equal(0, cache.Hits);
    }

    [Fact]
    public void View_that_answers_a_file_of_the_base_itself_builds_the_base_from_what_it_shows()
    {
        var files = Repository(2);
        var cache = new KustomizeBaseCache(files);
        KustomizeBuild.Run(files, "overlay-1", bases: cache);
        var view = new Rampart.Rendering.GitOps.RecordingFileSystem(files);
        view.Generate("base/kustomization.yaml", "resources:\n- deployment.yaml\nnameSuffix: -own\nconfigMapGenerator:\n- name: settings\n  literals:\n  - A=1\n");

        var result = KustomizeBuild.Run(view, "overlay-2", bases: cache);

        Assert.Contains(result.Objects, o => o.Resource.Name == "env-2-web-own");
        Assert.Equal(0, cache.Hits);
    }

    [Fact]
    public void Roots_sharing_a_base_each_list_the_base_files_they_read()
    {
        var files = Repository(3);
        var paths = new[] { "base/kustomization.yaml", "base/deployment.yaml" }
            .Concat(Enumerable.Range(1, 3).SelectMany(i => new[] { $"overlay-{i}/kustomization.yaml", $"overlay-{i}/replicas.yaml" }));
        var discovered = paths.Select(p => new DiscoveredFile(p, p, 1, p.EndsWith("kustomization.yaml", StringComparison.Ordinal) ? FileKind.Kustomization : FileKind.KubernetesManifest)).ToList();
        var inputs = new RenderInputs(files, discovered, ScanIndex.Empty);
        var roots = new KustomizationRoots();

        var renders = roots.Find(inputs, TestContext.Current.CancellationToken)
            .Select(e => roots.Render(e, inputs, TestContext.Current.CancellationToken)).ToList();

        Assert.Equal(3, renders.Count);
        Assert.All(renders, r => Assert.Contains("base/deployment.yaml", r.SourceFiles));
        Assert.All(renders, r => Assert.Contains("base/kustomization.yaml", r.SourceFiles));
        Assert.Equal(1, inputs.KustomizeBases.Builds("base"));
    }

    /// <summary>Every object as lines: identity, source, chain, then each node with its text, file and place.</summary>
    internal static List<string> Dump(RenderResult result)
    {
        var lines = new List<string>();
        foreach (var rendered in result.Objects)
        {
            lines.Add($"{rendered.Resource} from {rendered.Source} via {string.Join(" > ", rendered.Chain)}");
            Walk(rendered.Root, "", lines);
        }

        return lines;
    }

    private static void Walk(Node node, string path, List<string> lines)
    {
        lines.Add($"{path} {(node as ScalarNode)?.Text} @{node.Origin?.Path}:{node.Start.Line}:{node.Start.Column}-{node.End.Line}:{node.End.Column}");
        switch (node)
        {
            case MappingNode map:
                foreach (var entry in map.Entries)
                {
                    Walk(entry.Key, path + "/key:" + entry.KeyText, lines);
                    Walk(entry.Value, path + "/" + entry.KeyText, lines);
                }

                break;
            case SequenceNode sequence:
                for (var i = 0; i < sequence.Count; i++)
                {
                    Walk(sequence[i], path + "/" + i, lines);
                }

                break;
        }
    }
}
