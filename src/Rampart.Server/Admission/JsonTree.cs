using System.Globalization;
using System.Text.Json;
using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Server.Admission;

/// <summary>
/// Turns an object of a review (a JSON element) into the engine's tree, as the loader would give it from a file.
/// Nodes carry no source position (the object comes from the API server, not a file): every mark is 1:1. The
/// depth is bounded by the limit the JSON was parsed with.
/// </summary>
internal static class JsonTree
{
    private static readonly Mark At = new(1, 1);

    /// <summary>The object as a Kubernetes object named <paramref name="path"/> (how findings locate it).</summary>
    public static KubernetesObject ToObject(JsonElement element, string path, ReviewRequest request)
    {
        var root = (MappingNode)ToNode(element);
        if (root["apiVersion"] is null || root["kind"] is null)
        {
            // The API server always sends both; a hand-made review may not: the request's kind stands in for them.
            root = new MappingNode(At, At, [
                new MappingEntry(Scalar("apiVersion", ScalarKind.String), Scalar(request.ApiVersion, ScalarKind.String)),
                new MappingEntry(Scalar("kind", ScalarKind.String), Scalar(request.Kind, ScalarKind.String)),
                .. root.Entries.Where(e => e.KeyText is not ("apiVersion" or "kind")),
            ]);
        }

        var metadata = root["metadata"] as MappingNode;
        var name = Text(metadata?["name"]) ?? Text(metadata?["generateName"]) ?? request.Name;
        var ns = Text(metadata?["namespace"]) ?? (string.IsNullOrEmpty(request.Namespace) ? null : request.Namespace);
        var apiVersion = Text(root["apiVersion"]) ?? request.ApiVersion;
        var kind = Text(root["kind"]) ?? request.Kind;
        return new KubernetesObject(path, 0, root, new ResourceRef(apiVersion, kind, ns, name));
    }

    public static Node ToNode(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var entries = new List<MappingEntry>();
                foreach (var property in element.EnumerateObject())
                {
                    entries.Add(new MappingEntry(Scalar(property.Name, ScalarKind.String), ToNode(property.Value)));
                }

                return new MappingNode(At, At, entries);
            case JsonValueKind.Array:
                var items = new Node[element.GetArrayLength()];
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    items[i++] = ToNode(item);
                }

                return new SequenceNode(At, At, items);
            case JsonValueKind.String:
                return Scalar(element.GetString()!, ScalarKind.String);
            case JsonValueKind.Number:
                return Number(element);
            case JsonValueKind.True:
                return new ScalarNode(At, At, "true", ScalarStyle.Plain, ScalarKind.Bool) { Bool = true };
            case JsonValueKind.False:
                return new ScalarNode(At, At, "false", ScalarStyle.Plain, ScalarKind.Bool) { Bool = false };
            default:
                return new ScalarNode(At, At, "null", ScalarStyle.Plain, ScalarKind.Null);
        }
    }

    private static ScalarNode Number(JsonElement element)
    {
        var text = element.GetRawText();
        if (element.TryGetInt64(out var integer))
        {
            return new ScalarNode(At, At, text, ScalarStyle.Plain, ScalarKind.Int) { Int = integer };
        }

        if (element.TryGetUInt64(out var unsigned))
        {
            return new ScalarNode(At, At, text, ScalarStyle.Plain, ScalarKind.Int) { IsUnsigned = true, UInt = unsigned };
        }

        var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return new ScalarNode(At, At, text, ScalarStyle.Plain, ScalarKind.Float) { Float = value };
    }

    private static ScalarNode Scalar(string text, ScalarKind kind) => new(At, At, text, ScalarStyle.DoubleQuoted, kind);

    private static string? Text(Node? node) => node is ScalarNode { Kind: ScalarKind.String } s && s.Text.Length > 0 ? s.Text : null;
}
