using System.Text;
using Rampart.Analysis;
using Rampart.Discovery;
using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering;

/// <summary>
/// Objects of common kinds (ConfigMaps, Secrets) that only some renders read, found among the repository's files when
/// a render first asks for them: putting them in the scan's index would parse a third of a typical repository twice
/// and hold it in memory for every scan, though only Flux objects with <c>substituteFrom</c> or <c>valuesFrom</c> read them.
/// </summary>
internal static class RepositoryObjects
{
    /// <summary>The objects of <paramref name="kinds"/> in <paramref name="discovered"/> manifests, read through <paramref name="files"/>, with those <paramref name="index"/> holds already.</summary>
    public static ScanIndex Load(IKustomizeFileSystem files, IReadOnlyList<DiscoveredFile> discovered, ScanIndex index, IReadOnlyCollection<string> kinds)
    {
        byte[][] markers = [.. kinds.Select(k => Encoding.UTF8.GetBytes(k))];
        var objects = new List<KubernetesObject>(index.Objects.Where(o => kinds.Contains(o.Kind)));
        var seen = new HashSet<string>(objects.Select(o => o.Path), StringComparer.Ordinal);
        var loader = new YamlLoader();
        foreach (var file in discovered.Where(f => f.Kind == FileKind.KubernetesManifest && !seen.Contains(f.RelativePath)))
        {
            if (files.ReadFile(file.RelativePath, out _) is not { } bytes || !markers.Any(m => bytes.AsSpan().IndexOf(m) >= 0))
            {
                continue;
            }

            foreach (var document in loader.Load(file.RelativePath, new MemoryStream(bytes, writable: false)))
            {
                if (document.TemplateAction is null)
                {
                    objects.AddRange(ObjectReader.Read(document, isManifest: false).Objects.Where(o => kinds.Contains(o.Kind)));
                }
            }
        }

        return ScanIndex.Of(objects);
    }
}
