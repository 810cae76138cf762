namespace Rampart.Loading;

/// <summary>
/// Typed reads over a positioned tree for the files Rampart reads itself (<c>rampart.yaml</c>, policies): a value
/// either has the expected shape or is reported at its node as "<c>what</c> must be …", so every error carries its
/// file, line and column. Absent values are null, never errors, unless a field is required. Where the errors go
/// (configuration errors, policy findings) and how unknown keys are worded belong to the caller.
/// </summary>
public sealed class TreeReader(Action<Node, string> report)
{
    public void Report(Node at, string message) => report(at, message);

    /// <summary>The value of <paramref name="key"/>; a missing key or a plain <c>null</c> is absent, reported when <paramref name="required"/>.</summary>
    public Node? Field(MappingNode parent, string key, string what, bool required = false)
    {
        if (parent.TryGetValue(key, out var node) && !IsNull(node))
        {
            return node;
        }

        if (required)
        {
            Report(parent, $"{what} is required");
        }

        return null;
    }

    public MappingNode? Mapping(Node? node, string what) => As<MappingNode>(node, what, "must be a mapping");

    public SequenceNode? Sequence(Node? node, string what) => As<SequenceNode>(node, what, "must be a list");

    /// <summary>A scalar of any kind read as text; a null scalar is absent.</summary>
    public ScalarNode? Scalar(Node? node, string what) =>
        node is ScalarNode { Kind: ScalarKind.Null } ? null : As<ScalarNode>(node, what, "must be a string");

    public string? String(Node? node, string what) => Scalar(node, what)?.Text;

    public bool? Bool(Node? node, string what)
    {
        switch (node)
        {
            case null:
                return null;
            case ScalarNode { Kind: ScalarKind.Bool } b:
                return b.Bool;
            default:
                Report(node, $"{what} must be true or false");
                return null;
        }
    }

    /// <summary>The entries of <paramref name="map"/> whose key is not in <paramref name="known"/> (or is not text).</summary>
    public static IEnumerable<MappingEntry> UnknownKeys(MappingNode map, IReadOnlyCollection<string> known) =>
        map.Entries.Where(entry => entry.KeyText is not { } key || !known.Contains(key, StringComparer.Ordinal));

    /// <summary>A plain <c>null</c>, <c>~</c> or nothing, as a field with no value is written.</summary>
    public static bool IsNull(Node node) => node is ScalarNode { Kind: ScalarKind.Null, Style: ScalarStyle.Plain };

    private T? As<T>(Node? node, string what, string requirement)
        where T : Node
    {
        switch (node)
        {
            case null:
                return null;
            case T typed:
                return typed;
            default:
                Report(node, $"{what} {requirement}");
                return null;
        }
    }
}
