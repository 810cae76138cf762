using Rampart.Loading;

namespace Rampart.Discovery;

/// <summary>
/// Reads the patch files a kustomization (or a <c>kind: Component</c>) lists, so that discovery can tell
/// patches from manifests: <c>patches[].path</c>, <c>patchesStrategicMerge[]</c> (file names; inline patches
/// are skipped) and <c>patchesJson6902[].path</c>. Components are folders with their own kustomization file,
/// which the walk reads when it gets there.
/// </summary>
public static class KustomizationPatches
{
    /// <summary>The patch paths as written (relative to the kustomization's folder), with the field that lists each.</summary>
    public static IReadOnlyList<(string Path, string Field)> Read(string text)
    {
        var result = new List<(string, string)>();
        foreach (var document in new YamlLoader().Load("kustomization.yaml", text))
        {
            if (document.Root is not MappingNode root)
            {
                continue;
            }

            foreach (var item in Items(root, "patchesStrategicMerge"))
            {
                if (item is ScalarNode { Text: var value } && IsFileName(value))
                {
                    result.Add((value.Trim(), "patchesStrategicMerge"));
                }
            }

            foreach (var field in (string[])["patches", "patchesJson6902"])
            {
                foreach (var item in Items(root, field))
                {
                    if (item is MappingNode map && map["path"] is ScalarNode { Text: var path } && IsFileName(path))
                    {
                        result.Add((path.Trim(), field));
                    }
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Resolves <paramref name="path"/> against the kustomization's folder (both relative to the scan root);
    /// null when it leaves the scan root or is a URL.
    /// </summary>
    public static string? Resolve(string kustomizationFolder, string path)
    {
        if (path.Contains("://", StringComparison.Ordinal) || path.StartsWith('/'))
        {
            return null;
        }

        var joined = Rendering.Kustomize.Files.KustomizePaths.Normalize(kustomizationFolder.Length == 0 ? path : kustomizationFolder + "/" + path);
        return string.IsNullOrEmpty(joined) ? null : joined;
    }

    private static IEnumerable<Node> Items(MappingNode root, string field) =>
        root[field] is SequenceNode sequence ? sequence.Items : [];

    private static bool IsFileName(string value) =>
        value.Length > 0 && !value.Contains('\n', StringComparison.Ordinal) && !value.Contains(": ", StringComparison.Ordinal);
}
