namespace Rampart.Discovery;

/// <summary>What a discovered file is, decided by its content and place, not only by its name.</summary>
public enum FileKind
{
    /// <summary>
    /// YAML or JSON checked as Kubernetes manifests: loaded, and every document that is a mapping with
    /// <c>apiVersion</c> and <c>kind</c> is an object (also <c>kind: List</c>). Every <c>.yaml</c>, <c>.yml</c> and
    /// <c>.json</c> file that has no other kind is one; the load tells whether it holds objects at all.
    /// </summary>
    KubernetesManifest,
    /// <summary>Helm chart metadata: <c>Chart.yaml</c>, <c>Chart.lock</c>, <c>values.schema.json</c>, <c>requirements.yaml</c>.</summary>
    HelmChart,
    /// <summary>A file under a chart's <c>templates/</c> folder that holds <c>{{</c> (or is not YAML or JSON): not YAML until rendered.</summary>
    HelmTemplate,
    /// <summary>A chart's <c>values.yaml</c> (and <c>values-*.yaml</c>, <c>values.*.yaml</c>) beside its <c>Chart.yaml</c>.</summary>
    HelmValues,
    /// <summary><c>kustomization.yaml</c>, <c>kustomization.yml</c> or <c>Kustomization</c>.</summary>
    Kustomization,
    /// <summary><c>Dockerfile</c>, <c>Containerfile</c> and their <c>.name</c> variants.</summary>
    Dockerfile,
    /// <summary>A package manager's lockfile (for the dependency analyzer).</summary>
    Lockfile,
    /// <summary>
    /// YAML or JSON that configures a tool, known by its name or folder (CI workflows, pre-commit, compose files,
    /// editor settings; see docs/discovery.md). Loaded like a manifest so that an object hidden in it is checked,
    /// but not expected to hold one, and written in the tool's own dialect (JSON with comments), so documents it
    /// cannot load are not reported.
    /// </summary>
    ToolConfiguration,
    /// <summary>A NUL byte in the first 8 KB (and no UTF-16 or UTF-32 byte order mark).</summary>
    Binary,
    /// <summary>Any other file: text with another extension, or a file without an extension that does not start like a manifest.</summary>
    Text,
}
