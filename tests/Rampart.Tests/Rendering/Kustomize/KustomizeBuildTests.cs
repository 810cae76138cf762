using Rampart.Rendering;
using Rampart.Loading;
using Rampart.Rendering.Kustomize;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Tests.Rendering.Kustomize;

/// <summary>What a build renders, where each rendered field points, and how bad input becomes findings.</summary>
public sealed class KustomizeBuildTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
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

    private static MemoryFileSystem BaseAndOverlay(string overlay) => new MemoryFileSystem()
        .Add("base/kustomization.yaml", "resources:\n- deployment.yaml\nconfigMapGenerator:\n- name: settings\n  literals:\n  - A=1\n")
        .Add("base/deployment.yaml", Deployment)
        .Add("overlay/kustomization.yaml", overlay);

    private static Node At(RenderedObject rendered, params string[] path)
    {
        Node node = rendered.Root;
        foreach (var part in path)
        {
            node = int.TryParse(part, out var index) ? ((SequenceNode)node)[index] : ((MappingNode)node)[part]!;
        }

        return node;
    }

    [Fact]
    public void Overlay_image_points_at_the_images_entry_of_the_overlay()
    {
        var files = BaseAndOverlay("resources:\n- ../base\nnamePrefix: prod-\nimages:\n- name: nginx\n  newTag: \"1.27\"\n");
        var result = KustomizeBuild.Run(files, "overlay");

        Assert.Empty(result.Findings);
        var deployment = Assert.Single(result.Objects, o => o.Resource.Kind == "Deployment");
        var image = (ScalarNode)At(deployment, "spec", "template", "spec", "containers", "0", "image");
        Assert.Equal("nginx:1.27", image.Text);
        Assert.Equal("overlay/kustomization.yaml", image.Origin?.Path);
        Assert.Equal(5, image.Start.Line);
        Assert.Equal("prod-web", deployment.Resource.Name);
        Assert.Equal(["overlay/kustomization.yaml", "base/kustomization.yaml"], deployment.Chain);
    }

    [Fact]
    public void Base_field_keeps_the_line_of_the_base_and_a_prefix_points_at_the_overlay()
    {
        var result = KustomizeBuild.Run(BaseAndOverlay("resources:\n- ../base\nnamePrefix: prod-\n"), "overlay");

        var deployment = Assert.Single(result.Objects, o => o.Resource.Kind == "Deployment");
        var replicas = At(deployment, "spec", "replicas");
        Assert.Equal(("base/deployment.yaml", 6), (replicas.Origin?.Path, replicas.Start.Line));
        var name = At(deployment, "metadata", "name");
        Assert.Equal(("overlay/kustomization.yaml", 3), (name.Origin?.Path, name.Start.Line));
    }

    [Fact]
    public void Generated_config_map_gets_the_hash_suffix_and_references_follow_it()
    {
        var result = KustomizeBuild.Run(BaseAndOverlay("resources:\n- ../base\nnamePrefix: prod-\n"), "overlay");

        var configMap = Assert.Single(result.Objects, o => o.Resource.Kind == "ConfigMap");
        // The suffix kubectl kustomize v5.5.0 gives a ConfigMap whose only data is A: "1".
        Assert.Equal("prod-settings-89g4tffbfk", configMap.Resource.Name);
        var deployment = Assert.Single(result.Objects, o => o.Resource.Kind == "Deployment");
        var reference = (ScalarNode)At(deployment, "spec", "template", "spec", "containers", "0", "envFrom", "0", "configMapRef", "name");
        Assert.Equal("prod-settings-89g4tffbfk", reference.Text);
    }

    [Fact]
    public void Json_patch_value_points_at_the_patch_file_line()
    {
        var files = BaseAndOverlay("resources:\n- ../base\npatches:\n- path: replicas.yaml\n  target:\n    kind: Deployment\n")
            .Add("overlay/replicas.yaml", "- op: replace\n  path: /spec/replicas\n  value: 5\n");
        var result = KustomizeBuild.Run(files, "overlay");

        var replicas = (ScalarNode)At(Assert.Single(result.Objects, o => o.Resource.Kind == "Deployment"), "spec", "replicas");
        Assert.Equal((5L, "overlay/replicas.yaml", 3), (replicas.Int, replicas.Origin?.Path, replicas.Start.Line));
    }

    [Fact]
    public void Strategic_merge_patch_merges_containers_by_name()
    {
        var files = BaseAndOverlay("resources:\n- ../base\npatches:\n- path: patch.yaml\n")
            .Add("overlay/patch.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n        resources:\n          limits:\n            cpu: 100m\n");
        var result = KustomizeBuild.Run(files, "overlay");

        var container = (MappingNode)At(Assert.Single(result.Objects, o => o.Resource.Kind == "Deployment"), "spec", "template", "spec", "containers", "0");
        Assert.Equal("nginx:1.25", ((ScalarNode)container["image"]!).Text);
        Assert.Equal("overlay/patch.yaml", container["resources"]!.Origin?.Path);
    }

    [Fact]
    public void Cycle_is_a_finding_at_the_line_that_closes_it()
    {
        var files = new MemoryFileSystem()
            .Add("a/kustomization.yaml", "resources:\n- ../b\n")
            .Add("b/kustomization.yaml", "resources:\n- ../a\n");
        var result = KustomizeBuild.Run(files, "a");

        var finding = Assert.Single(result.Findings);
        Assert.Equal(KustomizeRules.Cycle.Id, finding.RuleId);
        Assert.Equal(("b/kustomization.yaml", 2), (finding.Location.Path, finding.Location.Line));
        Assert.Empty(result.Objects);
    }

    [Fact]
    public void Missing_file_is_a_finding_at_its_entry()
    {
        var result = KustomizeBuild.Run(new MemoryFileSystem().Add("k/kustomization.yaml", "resources:\n- here.yaml\n- gone.yaml\n").Add("k/here.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n"), "k");

        var finding = Assert.Single(result.Findings);
        Assert.Equal((KustomizeRules.MissingFile.Id, 3), (finding.RuleId, finding.Location.Line));
    }

    [Fact]
    public void Kustomization_field_names_match_regardless_of_case_and_a_repeated_field_keeps_its_last_value()
    {
        var files = new MemoryFileSystem()
            .Add("k/kustomization.yaml", "resources:\n- cm.yaml\nnameprefix: first-\nNamePrefix: last-\n")
            .Add("k/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n");

        var result = KustomizeBuild.Run(files, "k");

        Assert.Empty(result.Findings);
        var name = At(Assert.Single(result.Objects), "metadata", "name");
        Assert.Equal(("last-x", 4), (((ScalarNode)name).Text, name.Start.Line));
    }

    [Fact]
    public void Origin_annotation_names_the_base_file_or_the_generating_kustomization_relative_to_the_entry_point()
    {
        var result = KustomizeBuild.Run(BaseAndOverlay("resources:\n- ../base\nbuildMetadata: [originAnnotations, managedByLabel]\n"), "overlay");

        Assert.Empty(result.Findings);
        var generated = result.Objects.Single(o => o.Resource.Kind == "ConfigMap");
        var deployment = result.Objects.Single(o => o.Resource.Kind == "Deployment");
        Assert.Equal(
            "configuredIn: ../base/kustomization.yaml\nconfiguredBy:\n  apiVersion: builtin\n  kind: ConfigMapGenerator\n",
            ((ScalarNode)At(generated, "metadata", "annotations", "config.kubernetes.io/origin")).Text);
        Assert.Equal("path: ../base/deployment.yaml\n", ((ScalarNode)At(deployment, "metadata", "annotations", "config.kubernetes.io/origin")).Text);
        Assert.Equal("kustomize-(devel)", ((ScalarNode)At(deployment, "metadata", "labels", "app.kubernetes.io/managed-by")).Text);
    }

    [Fact]
    public void Long_secret_value_is_base64_in_lines_of_seventy()
    {
        var value = new string('x', 60);
        var result = KustomizeBuild.Run(new MemoryFileSystem().Add("k/kustomization.yaml", $"secretGenerator:\n- name: s\n  literals:\n  - k={value}\n"), "k");

        var encoded = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(value));
        Assert.Equal(encoded[..70] + "\n" + encoded[70..] + "\n", ((ScalarNode)At(Assert.Single(result.Objects), "data", "k")).Text);
    }

    [Fact]
    public void Exec_plugin_is_a_finding_at_the_kind_of_its_configuration()
    {
        var files = new MemoryFileSystem()
            .Add("k/kustomization.yaml", "transformers:\n- plugin.yaml\n")
            .Add("k/plugin.yaml", "apiVersion: example.com/v1\nkind: SopsDecryptor\nmetadata:\n  name: s\n");

        var result = KustomizeBuild.Run(files, "k");

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("k/plugin.yaml", 2), (finding.Location.Path, finding.Location.Line));
        Assert.Empty(result.Objects);
    }

    [Fact]
    public void Builtin_label_transformer_labels_only_the_fields_it_names()
    {
        var files = new MemoryFileSystem()
            .Add("k/kustomization.yaml", "resources:\n- cm.yaml\ntransformers:\n- |-\n  apiVersion: builtin\n  kind: LabelTransformer\n  metadata:\n    name: l\n  labels:\n    tier: back\n  fieldSpecs:\n  - path: metadata/labels\n    kind: Secret\n    create: true\n")
            .Add("k/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: y\n");

        var result = KustomizeBuild.Run(files, "k");

        Assert.Empty(result.Findings);
        Assert.Null(((MappingNode)At(result.Objects[0], "metadata"))["labels"]);
        var label = At(result.Objects[1], "metadata", "labels", "tier");
        Assert.Equal(("back", 10), (((ScalarNode)label).Text, label.Start.Line));
    }

    [Theory]
    [InlineData("../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    public void Path_out_of_the_root_is_refused_and_never_read(string path)
    {
        var result = KustomizeBuild.Run(new MemoryFileSystem().Add("k/kustomization.yaml", $"resources:\n- {path}\n"), "k");

        Assert.Equal(KustomizeRules.OutsideRoot.Id, Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public void Load_restrictor_refuses_a_file_beside_the_kustomization_folder()
    {
        var files = new MemoryFileSystem()
            .Add("k/kustomization.yaml", "resources:\n- ../shared.yaml\n")
            .Add("shared.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n");

        Assert.Equal(KustomizeRules.OutsideRoot.Id, Assert.Single(KustomizeBuild.Run(files, "k").Findings).RuleId);
        Assert.Single(KustomizeBuild.Run(files, "k", KustomizeOptions.Default with { RestrictToRoot = false }).Objects);
    }

    [Fact]
    public void Symbolic_link_out_of_the_root_is_refused()
    {
        using var outside = new TemporaryFolder();
        using var root = new TemporaryFolder();
        File.WriteAllText(Path.Combine(outside.Path, "secret.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: secret\n");
        File.WriteAllText(Path.Combine(root.Path, "kustomization.yaml"), "resources:\n- link.yaml\n");
        File.CreateSymbolicLink(Path.Combine(root.Path, "link.yaml"), Path.Combine(outside.Path, "secret.yaml"));

        var result = KustomizeBuild.Run(root.Path, "");

        Assert.Equal(KustomizeRules.OutsideRoot.Id, Assert.Single(result.Findings).RuleId);
        Assert.Empty(result.Objects);
    }

    [Theory]
    [InlineData("resources:\n- a.yaml\nnamPrefix: x-\n", 3)]
    [InlineData("resources:\n- a.yaml\nnamespace: n\n", 3)]
    [InlineData("resources:\n- a.yaml\nimages: [\n", 3)] // cut short: at the end of its last line
    [InlineData("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n", 1)]
    public void Malformed_kustomization_is_a_finding_at_its_line(string kustomization, int line)
    {
        var files = new MemoryFileSystem().Add("kustomization.yaml", kustomization).Add("a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n");

        var finding = Assert.Single(KustomizeBuild.Run(files, "").Findings);
        Assert.Equal(("kustomization.yaml", line), (finding.Location.Path, finding.Location.Line));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_a_finding()
    {
        var files = new MemoryFileSystem().Add("k0/kustomization.yaml", "resources:\n- a.yaml\n").Add("k0/a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n");
        for (var i = 1; i <= 5; i++)
        {
            files.Add($"k{i}/kustomization.yaml", $"resources:\n- ../k{i - 1}\n");
        }

        Assert.Single(KustomizeBuild.Run(files, "k5").Objects);
        Assert.Equal(KustomizeRules.Limit.Id, Assert.Single(KustomizeBuild.Run(files, "k5", KustomizeOptions.Default with { MaxDepth = 3 }).Findings).RuleId);
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("rampart-kustomize-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
