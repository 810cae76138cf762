using System.Security.Cryptography;
using System.Text;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Generators;

/// <summary>
/// The content hash Kustomize appends to generated ConfigMap and Secret names: the first ten hex digits of the
/// SHA-256 of a JSON summary (kind, name, data; type for Secrets), with <c>0 1 3 a e</c> replaced so that the
/// suffix never reads as a number or a word.
/// </summary>
internal static class NameHash
{
    public static string Of(KMap resource)
    {
        var kind = resource.Text("kind");
        var summary = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["kind"] = kind,
            // Kustomize looks the name up as one field called "metadata/name", which no object has: the name it
            // hashes is always empty, so a prefix or suffix does not change the hash.
            ["name"] = "",
        };
        if (kind == "Secret")
        {
            summary["type"] = resource.Text("type") ?? "";
            summary["data"] = MapOrEmpty(resource["data"]);
            if (resource["stringData"] is KMap stringData)
            {
                summary["stringData"] = Values(stringData);
            }
        }
        else
        {
            summary["data"] = MapOrEmpty(resource["data"]);
            if (resource["binaryData"] is KMap binary)
            {
                summary["binaryData"] = Values(binary);
            }
        }

        var json = new StringBuilder();
        GoJson.Write(json, summary);
        var hex = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json.ToString())));
        var suffix = hex.ToCharArray(0, 10);
        for (var i = 0; i < suffix.Length; i++)
        {
            suffix[i] = suffix[i] switch
            {
                '0' => 'g',
                '1' => 'h',
                '3' => 'k',
                'a' => 'm',
                'e' => 't',
                var c => c,
            };
        }

        return new string(suffix);
    }

    private static object MapOrEmpty(KNode? node) => node is KMap map ? Values(map) : "";

    private static Dictionary<string, object?> Values(KMap map)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            values[entry.Name] = entry.Value is KScalar scalar ? (scalar.IsNull ? null : scalar.Value) : null;
        }

        return values;
    }
}
