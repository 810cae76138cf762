using Rampart.Loading;

namespace Rampart.Rendering.Argo;

/// <summary>Typed reads of the fields of an Argo CD object's positioned tree; a field of the wrong shape reads as absent.</summary>
internal static class ArgoFields
{
    public static string? Text(Node? node) =>
        node is ScalarNode { Kind: not ScalarKind.Null } scalar ? scalar.Text : null;

    public static string? Text(MappingNode? map, string key) => Text(map?[key]);

    public static MappingNode? Map(MappingNode? map, string key) => map?[key] as MappingNode;

    public static IReadOnlyList<Node> Items(MappingNode? map, string key) => map?[key] is SequenceNode sequence ? sequence.Items : [];

    public static bool Flag(MappingNode? map, string key) => map?[key] is ScalarNode scalar &&
        (scalar.Kind == ScalarKind.Bool ? scalar.Bool : string.Equals(scalar.Text, "true", StringComparison.OrdinalIgnoreCase));

    /// <summary>The line of <paramref name="key"/>'s value in <paramref name="map"/>, else the map's own line.</summary>
    public static int Line(MappingNode map, string key) => map.TryGetEntry(key, out var entry) ? entry.Key.Start.Line : map.Start.Line;
}
