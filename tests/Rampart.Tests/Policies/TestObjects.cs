using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Tests.Policies;

/// <summary>Reads the Kubernetes objects of a YAML text the way a scan does, for policy tests.</summary>
internal static class TestObjects
{
    public static List<KubernetesObject> Read(string path, string text) => Read(path, text, strict: true);

    /// <summary>Like <see cref="Read(string, string)"/>, but skips what does not load (other tools' fixtures).</summary>
    public static List<KubernetesObject> ReadLenient(string path, string text) => Read(path, text, strict: false);

    private static List<KubernetesObject> Read(string path, string text, bool strict)
    {
        var objects = new List<KubernetesObject>();
        foreach (var document in new YamlLoader().Load(path, text))
        {
            if (strict)
            {
                Assert.Empty(document.Problems);
            }

            if (document.Root is not MappingNode root || Text(root, "apiVersion") is null || Text(root, "kind") is null)
            {
                continue;
            }

            var metadata = root["metadata"] as MappingNode;
            objects.Add(new KubernetesObject(path, document.Index, root, new ResourceRef(
                Text(root, "apiVersion") ?? "",
                Text(root, "kind") ?? "",
                metadata is null ? null : Text(metadata, "namespace"),
                metadata is null ? null : Text(metadata, "name"))));
        }

        return objects;
    }

    private static string? Text(MappingNode map, string key) => map[key] is ScalarNode { Kind: ScalarKind.String } s ? s.Text : null;
}
