namespace Rampart.Discovery;

/// <summary>What a discovered file is, decided by its content and place, not only by its name.</summary>
public enum FileKind
{
    /// <summary>YAML or JSON whose documents have <c>apiVersion</c> and <c>kind</c> (also multi-document files and <c>kind: List</c>).</summary>
    KubernetesManifest,
    /// <summary>Helm chart metadata: <c>Chart.yaml</c>, <c>Chart.lock</c>, <c>values.schema.json</c>, <c>requirements.yaml</c>.</summary>
    HelmChart,
    /// <summary>A file under a chart's <c>templates/</c> folder, or YAML with Go template actions: not valid YAML until rendered.</summary>
    HelmTemplate,
    /// <summary>A chart's <c>values.yaml</c> (and <c>values-*.yaml</c>, <c>values.*.yaml</c>) beside its <c>Chart.yaml</c>.</summary>
    HelmValues,
    /// <summary><c>kustomization.yaml</c>, <c>kustomization.yml</c> or <c>Kustomization</c>.</summary>
    Kustomization,
    /// <summary>A file a kustomization lists as a patch: a fragment, checked only after rendering.</summary>
    KustomizePatch,
    /// <summary><c>Dockerfile</c>, <c>Containerfile</c> and their <c>.name</c> variants.</summary>
    Dockerfile,
    /// <summary>A package manager's lockfile (for the dependency analyzer).</summary>
    Lockfile,
    /// <summary>A NUL byte in the first 8 KB.</summary>
    Binary,
    /// <summary>Any other text (including YAML and JSON that are not Kubernetes objects).</summary>
    Text,
}
