using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Tests.Policies;

/// <summary>Reads the Kubernetes objects of a YAML text the way a scan does, for policy tests.</summary>
internal static class TestObjects
{
    /// <summary>The objects of <paramref name="text"/>; any load problem fails the test.</summary>
    public static List<KubernetesObject> Read(string path, string text) => Read(path, text, strict: true);

    /// <summary>Like <see cref="Read(string, string)"/>, but skips what does not load (other tools' fixtures).</summary>
    public static List<KubernetesObject> ReadLenient(string path, string text) => Read(path, text, strict: false);

    private static List<KubernetesObject> Read(string path, string text, bool strict)
    {
        var objects = new List<KubernetesObject>();
        foreach (var document in new YamlLoader().Load(path, text))
        {
            var result = ObjectReader.Read(document, isManifest: strict);
            if (strict)
            {
                Assert.Empty(document.Problems.Concat(result.Problems).Select(p => $"{p.Location}: {p.Message}"));
            }

            objects.AddRange(result.Objects);
        }

        return objects;
    }
}
