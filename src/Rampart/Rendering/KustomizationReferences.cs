using Rampart.Loading;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering;

/// <summary>
/// What a kustomization file says of its place among the others, read without building it: whether it is a
/// <c>kind: Component</c>, and the folders it names under <c>resources</c>, <c>bases</c> and <c>components</c>
/// (resolved against its folder; URLs, absolute paths and paths out of the root are left out).
/// </summary>
public static class KustomizationReferences
{
    private static readonly string[] Fields = ["resources", "bases", "components"];

    /// <summary>Reads <paramref name="content"/>, the kustomization file of <paramref name="folder"/>.</summary>
    public static (bool IsComponent, IReadOnlyList<string> Paths) Read(string folder, byte[] content)
    {
        string text;
        try
        {
            text = new System.Text.UTF8Encoding(false, true).GetString(content);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return (false, []);
        }

        return Read(folder, new YamlLoader().Load(KustomizePaths.Join(folder, "kustomization.yaml") ?? "kustomization.yaml", text));
    }

    /// <summary>Reads the loaded <paramref name="documents"/> of the kustomization file of <paramref name="folder"/>.</summary>
    public static (bool IsComponent, IReadOnlyList<string> Paths) Read(string folder, IEnumerable<LoadedDocument> documents)
    {
        var paths = new List<string>();
        var isComponent = false;
        foreach (var document in documents)
        {
            if (document.Root is not MappingNode root)
            {
                continue;
            }

            isComponent |= root["kind"] is ScalarNode { Text: "Component" };
            foreach (var field in Fields)
            {
                if (root[field] is not SequenceNode list)
                {
                    continue;
                }

                foreach (var item in list.Items)
                {
                    if (item is ScalarNode { Text: var value } && Resolve(folder, value.Trim()) is { } resolved)
                    {
                        paths.Add(resolved);
                    }
                }
            }
        }

        return (isComponent, paths);
    }

    /// <summary><paramref name="path"/> resolved against <paramref name="folder"/>; null for a URL, an absolute path or one that leaves the root.</summary>
    public static string? Resolve(string folder, string path) =>
        path.Length == 0 || path.Contains("://", StringComparison.Ordinal) || path.StartsWith('/') || path.StartsWith("git@", StringComparison.Ordinal)
            ? null
            : KustomizePaths.Join(folder, path);
}
