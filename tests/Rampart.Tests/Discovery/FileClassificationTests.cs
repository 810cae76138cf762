using Rampart.Testing;
using System.Text;
using Rampart.Discovery;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Discovery;

public sealed class FileClassificationTests
{
    [Theory]
    [InlineData("a.yaml", "apiVersion: v1\nkind: Pod\n")]
    [InlineData("multi.yml", "# header\n---\napiVersion: v1\nkind: Service\n---\napiVersion: apps/v1\nkind: Deployment\n")]
    [InlineData("list.yaml", "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n")]
    [InlineData("kind-first.yaml", "kind: Namespace\napiVersion: v1\nmetadata: {name: x}\n")]
    [InlineData("quoted.yaml", "\"apiVersion\": v1\n'kind': Pod\n")]
    [InlineData("deploy", "# no extension\napiVersion: v1\nkind: Pod\n")]
    [InlineData("prometheus-rule.yaml", "apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nspec:\n  groups:\n  - rules:\n    - annotations:\n        summary: \"{{ $labels.instance }} down\"\n")]
    [InlineData("config.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  alert.tmpl: |\n    {{ range .Alerts }}\n    {{ end }}\n")]
    [InlineData("windows.yaml", "apiVersion: v1\r\nkind: Pod\r\n")]
    [InlineData("classic-mac.yaml", "apiVersion: v1\rkind: Pod\rmetadata:\r  name: p\r")]
    [InlineData("classic-mac", "# no extension\rapiVersion: v1\rkind: Pod\r")]
    public void Yaml_with_top_level_apiVersion_and_kind_is_a_manifest(string path, string text) =>
        Assert.Equal((FileKind.KubernetesManifest, FileFormat.Yaml), KindOf(path, text));

    [Theory]
    [InlineData("pod.json", "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Pod\"\n}\n")]
    [InlineData("compact.json", "{\"kind\":\"Service\",\"apiVersion\":\"v1\"}")]
    [InlineData("noext", "  {\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[]}")]
    public void Json_objects_with_apiVersion_and_kind_are_manifests(string path, string text) =>
        Assert.Equal((FileKind.KubernetesManifest, FileFormat.Json), KindOf(path, text));

    [Theory]
    [InlineData("ci.yaml", "on: push\njobs: {}\n", FileFormat.Yaml)]
    [InlineData("nested.yaml", "spec:\n  apiVersion: v1\n  kind: Pod\n", FileFormat.Yaml)]
    [InlineData("data.json", "{\"name\": \"x\"}", FileFormat.Json)]
    [InlineData("array.json", "[{\"apiVersion\": \"v1\", \"kind\": \"Pod\"}]", FileFormat.Json)]
    [InlineData("empty.yaml", "", FileFormat.Yaml)]
    [InlineData("flow.yaml", "{apiVersion: v1, kind: Pod}", FileFormat.Json)]
    [InlineData("indented.yml", "  apiVersion: v1\n  kind: Pod\n", FileFormat.Yaml)]
    [InlineData("comments.yaml", "# only a comment\n", FileFormat.Yaml)]
    public void Every_yaml_or_json_file_is_loaded_as_a_manifest_whatever_its_content(string path, string text, FileFormat format) =>
        Assert.Equal((FileKind.KubernetesManifest, format), KindOf(path, text));

    [Theory]
    [InlineData("README.md", "apiVersion: v1\nkind: Pod\n")]
    [InlineData("LICENSE", "Permission is hereby granted\napiVersion: v1\nkind: Pod\n")]
    [InlineData("Makefile", "all:\n\tkubectl apply -f .\n")]
    [InlineData("noext", "[{\"apiVersion\": \"v1\", \"kind\": \"Pod\"}]")]
    public void Other_files_and_files_without_extension_that_do_not_start_like_a_manifest_are_text(string path, string text) =>
        Assert.Equal(FileKind.Text, KindOf(path, text).Kind);

    [Theory]
    [InlineData(".github/workflows/ci.yml")]
    [InlineData(".github/dependabot.yml")]
    [InlineData("services/api/.vscode/settings.json")]
    [InlineData(".gitlab-ci.yml")]
    [InlineData("deploy/docker-compose.prod.yaml")]
    [InlineData("web/tsconfig.build.json")]
    [InlineData("web/package.json")]
    [InlineData(".pre-commit-config.yaml")]
    [InlineData("rampart.yaml")]
    public void Tool_configuration_is_known_by_name_or_folder(string path) =>
        Assert.Equal(FileKind.ToolConfiguration, KindOf(path, "on: push\n").Kind);

    [Theory]
    [InlineData("deploy/github/workflow.yaml")]
    [InlineData("deploy/compose.yaml.bak")]
    [InlineData("deploy/my-package.json")]
    public void Names_that_only_resemble_tool_configuration_are_not(string path) =>
        Assert.NotEqual(FileKind.ToolConfiguration, KindOf(path, "on: push\n").Kind);

    [Fact]
    public void A_nul_byte_in_the_first_8_KB_makes_a_file_binary()
    {
        var bytes = Encoding.UTF8.GetBytes("apiVersion: v1\nkind: Pod\n\0");

        Assert.Equal((FileKind.Binary, FileFormat.Yaml), KindOf("x.yaml", bytes));
    }

    [Fact]
    public void A_utf16_file_with_a_byte_order_mark_is_not_binary_so_the_loader_reports_its_encoding()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("apiVersion: v1\nkind: Pod\n")];

        Assert.Equal(FileKind.KubernetesManifest, KindOf("x.yaml", bytes).Kind);
    }

    [Fact]
    public void A_file_without_extension_is_a_manifest_only_when_it_starts_like_one()
    {
        var head = Encoding.UTF8.GetBytes("apiVersion: v1\ndata:\n" + new string('x', 100));

        Assert.Equal(FileKind.KubernetesManifest, FileClassifier.Classify("deploy", head, complete: false, Placement.None).Kind);
        Assert.Equal(FileKind.Text, FileClassifier.Classify("deploy", head, complete: true, Placement.None).Kind);
        Assert.Equal(FileKind.KubernetesManifest, FileClassifier.Classify("deploy.yaml", head, complete: true, Placement.None).Kind);
    }

    [Theory]
    [InlineData("Dockerfile")]
    [InlineData("build/Dockerfile.prod")]
    [InlineData("api.dockerfile")]
    [InlineData("Containerfile")]
    public void Dockerfiles_are_recognised_by_name(string path) =>
        Assert.Equal(FileKind.Dockerfile, KindOf(path, "FROM alpine:3.20\n").Kind);

    [Theory]
    [InlineData("package-lock.json", "npm")]
    [InlineData("web/yarn.lock", "npm")]
    [InlineData("pnpm-lock.yaml", "npm")]
    [InlineData("go.sum", "Go")]
    [InlineData("Cargo.lock", "crates.io")]
    [InlineData("poetry.lock", "PyPI")]
    [InlineData("requirements-dev.txt", "PyPI")]
    [InlineData("Gemfile.lock", "RubyGems")]
    [InlineData("composer.lock", "Packagist")]
    [InlineData("src/App/packages.lock.json", "NuGet")]
    public void Lockfiles_carry_their_ecosystem(string path, string ecosystem)
    {
        var verdict = FileClassifier.Classify(path, "{}\n"u8, true, Placement.None);

        Assert.Equal((FileKind.Lockfile, ecosystem), (verdict.Kind, verdict.Ecosystem));
    }

    [Fact]
    public void Helm_chart_files_are_told_apart_by_their_place_in_the_chart()
    {
        using var repo = new RepositoryBuilder()
            .File("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n")
            .File("charts/web/values.yaml", "replicas: 2\n")
            .File("charts/web/values-prod.yaml", "replicas: 5\n")
            .File("charts/web/values.schema.json", "{}")
            .File("charts/web/templates/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: \"{{ .Release.Name }}\"\n")
            .File("charts/web/templates/static.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: web\n")
            .File("charts/web/templates/_helpers.tpl", "{{- define \"x\" -}}{{- end -}}\n")
            .File("charts/web/templates/NOTES.txt", "Thanks\n")
            .File("charts/web/crds/crd.yaml", "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n")
            .File("charts/web/charts/db/Chart.yaml", "apiVersion: v2\nname: db\n")
            .File("charts/web/charts/db/templates/sts.yaml", "kind: StatefulSet\n{{ .Values.x }}\n")
            .File("charts/web/docs/values.yaml", "not: chart values\n")
            .File("plain/values.yaml", "a: 1\n")
            .Build();

        var files = Walk(repo);

        Assert.Equal(FileKind.HelmChart, files["charts/web/Chart.yaml"].Kind);
        Assert.Equal("charts/web", files["charts/web/Chart.yaml"].Chart);
        Assert.Equal(FileKind.HelmValues, files["charts/web/values.yaml"].Kind);
        Assert.Equal(FileKind.HelmValues, files["charts/web/values-prod.yaml"].Kind);
        Assert.Equal(FileKind.HelmChart, files["charts/web/values.schema.json"].Kind);
        Assert.Equal(FileKind.HelmTemplate, files["charts/web/templates/deployment.yaml"].Kind);
        Assert.Equal(("charts/web", FileKind.KubernetesManifest, null), (files["charts/web/templates/static.yaml"].Chart, files["charts/web/templates/static.yaml"].Kind, files["charts/web/templates/static.yaml"].NotRenderedReason));
        Assert.Equal(FileKind.HelmTemplate, files["charts/web/templates/_helpers.tpl"].Kind);
        Assert.Equal(FileKind.HelmTemplate, files["charts/web/templates/NOTES.txt"].Kind);
        Assert.Contains("charts/web", files["charts/web/templates/deployment.yaml"].NotRenderedReason, StringComparison.Ordinal);
        Assert.Equal(FileKind.KubernetesManifest, files["charts/web/crds/crd.yaml"].Kind);
        Assert.Equal(("charts/web/charts/db", FileKind.HelmTemplate),
            (files["charts/web/charts/db/templates/sts.yaml"].Chart, files["charts/web/charts/db/templates/sts.yaml"].Kind));
        Assert.Equal(FileKind.KubernetesManifest, files["charts/web/docs/values.yaml"].Kind);
        Assert.Equal(FileKind.KubernetesManifest, files["plain/values.yaml"].Kind);
        Assert.Null(files["charts/web/crds/crd.yaml"].NotRenderedReason);
    }

    [Fact]
    public void Files_a_kustomization_lists_as_patches_are_classified_by_content_and_left_to_the_render_stage()
    {
        const string Deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n";
        using var repo = new RepositoryBuilder()
            .File("base/kustomization.yaml", "resources:\n- deployment.yaml\n")
            .File("base/deployment.yaml", Deployment)
            .File("overlays/prod/kustomization.yml", """
                resources:
                - ../../base
                components:
                - ../../components/monitoring
                patches:
                - path: patches/replicas.yaml
                  target: {kind: Deployment}
                - patch: |-
                    - op: replace
                      path: /spec/replicas
                      value: 3
                patchesStrategicMerge:
                - memory.yaml
                patchesJson6902:
                - target: {kind: Deployment, name: web}
                  path: ./json/ops.yaml
                """)
            .File("overlays/prod/patches/replicas.yaml", Deployment)
            .File("overlays/prod/memory.yaml", Deployment)
            .File("overlays/prod/json/ops.yaml", "- op: add\n  path: /x\n  value: 1\n")
            .File("overlays/prod/extra.yaml", Deployment)
            .File("components/monitoring/Kustomization", "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n- path: sidecar.yaml\n")
            .File("components/monitoring/sidecar.yaml", Deployment)
            .Build();

        var files = Walk(repo);

        Assert.Equal(FileKind.Kustomization, files["base/kustomization.yaml"].Kind);
        Assert.Equal(FileKind.Kustomization, files["components/monitoring/Kustomization"].Kind);
        Assert.Equal(FileKind.KubernetesManifest, files["base/deployment.yaml"].Kind);
        Assert.Equal(FileKind.KubernetesManifest, files["overlays/prod/extra.yaml"].Kind);
        // Whether a file is read by a render is decided once every file is known (ScanRenderTests), whatever the walk order.
        foreach (var patch in (string[])["overlays/prod/patches/replicas.yaml", "overlays/prod/memory.yaml", "overlays/prod/json/ops.yaml", "components/monitoring/sidecar.yaml"])
        {
            Assert.Equal((FileKind.KubernetesManifest, null), (files[patch].Kind, files[patch].NotRenderedReason));
        }
    }

    [Fact]
    public void A_not_rendered_file_becomes_an_info_finding_with_its_reason()
    {
        var file = new DiscoveredFile("chart/templates/a.yaml", "/x/chart/templates/a.yaml", 10, FileKind.HelmTemplate)
        {
            NotRenderedReason = "Helm template of chart 'chart' (not rendered)",
        };

        var finding = DiscoveryFindings.NotRendered(file);

        Assert.Equal(("RMP-DISC-010", Rampart.Findings.Severity.Info), (finding.RuleId, finding.Severity));
        Assert.Equal("chart/templates/a.yaml", finding.Location.Path);
        Assert.Equal(file.NotRenderedReason, finding.Message);
    }

    [Theory]
    [InlineData("overlays/prod", "../../base/patch.yaml", "base/patch.yaml")]
    [InlineData("", "./a/b.yaml", "a/b.yaml")]
    [InlineData("a", "../../escape.yaml", null)]
    [InlineData("a", "https://example.com/p.yaml", null)]
    [InlineData("a", "/abs.yaml", null)]
    public void Kustomization_references_resolve_inside_the_scan_root_only(string folder, string path, string? expected) =>
        Assert.Equal(expected, Rampart.Rendering.KustomizationReferences.Resolve(folder, path));

    private static (FileKind Kind, FileFormat Format) KindOf(string path, string text) => KindOf(path, Encoding.UTF8.GetBytes(text));

    private static (FileKind Kind, FileFormat Format) KindOf(string path, byte[] bytes)
    {
        var verdict = FileClassifier.Classify(path, bytes, complete: true, Placement.None);
        return (verdict.Kind, verdict.Format);
    }

    private static Dictionary<string, DiscoveredFile> Walk(TestRepository repo) =>
        new RepositoryWalker().Walk(repo.Root, TestContext.Current.CancellationToken).OfType<DiscoveredFile>()
            .ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
}
