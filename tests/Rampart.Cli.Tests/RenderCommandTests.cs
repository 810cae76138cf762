namespace Rampart.Cli.Tests;

public sealed class RenderCommandTests
{
    [Fact]
    public void A_kustomization_prints_its_objects_as_kubectl_kustomize_does_with_the_overlay_prefix()
    {
        using var repo = new TempFolder()
            .Write("base/kustomization.yaml", "resources:\n- deployment.yaml\n- config.yaml\n")
            .Write("base/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels:\n    tier: \"1\"\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.25\n        envFrom:\n        - configMapRef:\n            name: settings\n        args:\n        - --port\n        - '8080'\n")
            .Write("base/config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  enabled: \"true\"\n  app.conf: |\n    listen 8080\n    root /srv\n")
            .Write("overlay/kustomization.yaml", "resources:\n- ../base\nnamePrefix: prod-\n");

        var run = CliRun.Of("render", repo["overlay"], "--root", repo.Root);

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        // What kubectl kustomize (Kustomize v5.5.0) prints for the same two folders.
        Assert.Equal(
            """
            apiVersion: v1
            data:
              app.conf: |
                listen 8080
                root /srv
              enabled: "true"
            kind: ConfigMap
            metadata:
              name: prod-settings
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              labels:
                tier: "1"
              name: prod-web
            spec:
              replicas: 2
              template:
                spec:
                  containers:
                  - args:
                    - --port
                    - "8080"
                    envFrom:
                    - configMapRef:
                        name: prod-settings
                    image: nginx:1.25
                    name: web

            """.ReplaceLineEndings("\n"),
            run.Out);
    }

    [Fact]
    public void Bases_in_the_enclosing_git_repository_are_read_without_a_root_option()
    {
        using var repo = new TempFolder()
            .Write(".git/HEAD", "ref: refs/heads/main\n")
            .Write("base/kustomization.yaml", "resources:\n- config.yaml\n")
            .Write("base/config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n")
            .Write("overlay/kustomization.yaml", "resources:\n- ../base\nnameSuffix: -eu\n");

        var run = CliRun.Of("render", repo["overlay"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-eu\n", run.Out);
    }

    [Fact]
    public void A_broken_kustomization_prints_nothing_and_names_the_file_and_line_on_stderr()
    {
        using var repo = new TempFolder()
            .Write("app/kustomization.yaml", "namespace: web\nresources:\n- service.yaml\n- missing.yaml\n")
            .Write("app/service.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n");

        var run = CliRun.Of("render", repo["app"], "--root", repo.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Matches(@"^rampart: \S*app/kustomization\.yaml:4:\d+: .*missing\.yaml", run.Error);
    }

    [Fact]
    public void A_chart_prints_as_helm_template_with_values_files_and_set_over_the_defaults()
    {
        using var chart = new TempFolder()
            .Write("web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n")
            .Write("web/values.yaml", "color: red\nreplicas: 1\n")
            .Write("web/templates/configmap.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-web\n  namespace: {{ .Release.Namespace }}\ndata:\n  color: {{ .Values.color | quote }}\n  replicas: {{ .Values.replicas | quote }}\n")
            .Write("web/templates/_helpers.tpl", "{{- define \"web.unused\" -}}x{{- end -}}\n")
            .Write("prod.yaml", "replicas: 3\ncolor: blue\n");

        var run = CliRun.Of("render", chart["web"], "--values", chart["prod.yaml"], "--set", "color=green", "--release", "shop", "--namespace", "prod");

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "---\n# Source: web/templates/configmap.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shop-web\n  namespace: prod\ndata:\n  color: \"green\"\n  replicas: \"3\"\n",
            run.Out);
    }

    [Fact]
    public void A_chart_that_fails_prints_nothing_and_names_the_template_line()
    {
        using var chart = new TempFolder()
            .Write("web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n")
            .Write("web/templates/configmap.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ required \"name is required\" .Values.name }}\n");

        var run = CliRun.Of("render", chart["web"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("web/templates/configmap.yaml:4", run.Error, StringComparison.Ordinal);
        Assert.Contains("name is required", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_archive_renders_as_its_folder_does()
    {
        using var chart = new TempFolder()
            .Write("web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n")
            .Write("web/values.yaml", "port: 80\n")
            .Write("web/templates/service.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: {{ .Values.port }}\n");
        using (var archive = File.Create(chart["web-0.1.0.tgz"]))
        using (var gzip = new System.IO.Compression.GZipStream(archive, System.IO.Compression.CompressionLevel.Fastest))
        {
            System.Formats.Tar.TarFile.CreateFromDirectory(chart["web"], gzip, includeBaseDirectory: true);
        }

        var run = CliRun.Of("render", chart["web-0.1.0.tgz"], "--set", "port=8080");

        Assert.Equal("", run.Error);
        Assert.Equal("---\n# Source: web/templates/service.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 8080\n", run.Out);
    }

    [Theory]
    [InlineData("deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\n", "--no-option-given", "is not something rampart renders: expected a folder with kustomization.yaml, kustomization.yml or Kustomization, a chart folder with Chart.yaml, a chart archive (.tgz), or a file of Flux Kustomization or HelmRelease objects")]
    [InlineData("kustomization.yaml", "resources: []\n", "--set", "--set applies to a Helm chart")]
    [InlineData("Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n", "--root", "--root applies to a kustomization, not to a chart")]
    public void What_is_neither_a_kustomization_nor_a_chart_or_an_option_for_the_other_is_a_usage_error(string file, string text, string option, string expected)
    {
        using var folder = new TempFolder().Write(file, text);
        string[] args = option == "--no-option-given" ? ["render", folder.Root] : ["render", folder.Root, option, option == "--set" ? "a=b" : folder.Root];

        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }
}
