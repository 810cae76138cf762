using Rampart.Discovery;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Rendering.Argo;

/// <summary>Reads the Argo CD objects (argoproj.io) of a repository's manifests, with origins recorded.</summary>
internal static class ArgoDocuments
{
    private static readonly byte[] Marker = "argoproj.io"u8.ToArray();

    /// <summary>The files that may hold Argo CD objects: manifests that name the API group.</summary>
    public static IEnumerable<DiscoveredFile> Candidates(RenderInputs inputs) =>
        inputs.Discovered.Where(f => f.Kind == FileKind.KubernetesManifest).OrderBy(f => f.RelativePath, StringComparer.Ordinal);

    /// <summary>The objects of <paramref name="kind"/> in group argoproj.io that <paramref name="path"/> holds.</summary>
    public static IEnumerable<KubernetesObject> Read(string path, RenderInputs inputs, string kind)
    {
        if (inputs.Files.ReadFile(path, out _) is not { } bytes || bytes.AsSpan().IndexOf(Marker) < 0)
        {
            yield break;
        }

        var objects = new List<KubernetesObject>();
        var ignored = new List<Rampart.Findings.Finding>();
        foreach (var document in new YamlLoader { RecordOrigins = true }.Load(path, new MemoryStream(bytes)))
        {
            ObjectReader.Read(document, isManifest: false, objects, ignored);
        }

        foreach (var item in objects)
        {
            if (item.Kind == kind && item.ApiVersion.StartsWith("argoproj.io/", StringComparison.Ordinal))
            {
                yield return item;
            }
        }
    }

    /// <summary>An Application read from its object, or null when it has no name or no spec.</summary>
    public static ArgoApplication? Application(KubernetesObject item) =>
        item.Name is { Length: > 0 } name && item.Root["spec"] is MappingNode spec
            ? new ArgoApplication(item.Path, item.Root.Start.Line, name, item.Namespace, spec)
            : null;
}
