using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Configuration;

/// <summary>
/// Typed reading of a configuration tree (on the shared <see cref="TreeReader"/>) that collects errors with their
/// line instead of throwing, and rejects keys it does not know (a misspelt key silently ignored is a gate silently off).
/// </summary>
internal sealed class ConfigReader
{
    private readonly TreeReader tree;

    public ConfigReader(string path)
    {
        Path = path;
        tree = new TreeReader(Error);
    }

    public string Path { get; }

    public List<ConfigError> Errors { get; } = [];

    public void Error(Node at, string message) => Errors.Add(new ConfigError(Path, at.Start.Line, at.Start.Column, message));

    public ConfigSource SourceOf(Node node) => new(Path, node.Start.Line);

    /// <summary>Reports every key of <paramref name="map"/> that is not in <paramref name="known"/>.</summary>
    public void OnlyKeys(MappingNode map, string where, params string[] known)
    {
        foreach (var entry in TreeReader.UnknownKeys(map, known))
        {
            Error(entry.Key, $"unknown key '{entry.KeyText}' in {where} (expected one of: {string.Join(", ", known)})");
        }
    }

    public MappingNode? Mapping(Node? node, string what) => tree.Mapping(node, what);

    public IEnumerable<Node> Sequence(Node? node, string what) => tree.Sequence(node, what)?.Items ?? [];

    public string? String(Node? node, string what) => tree.String(node, what);

    public string? RequiredString(MappingNode map, string key, string what)
    {
        var value = String(map[key], what);
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(map[key] ?? map, $"{what} is required");
            return null;
        }

        return value;
    }

    /// <summary>A string or a list of strings.</summary>
    public IReadOnlyList<string> Strings(Node? node, string what)
    {
        if (node is SequenceNode seq)
        {
            var list = new List<string>(seq.Count);
            foreach (var item in seq.Items)
            {
                if (String(item, what) is { } s)
                {
                    list.Add(s);
                }
            }

            return list;
        }

        return String(node, what) is { } single ? [single] : [];
    }

    /// <summary>The scalars of a string-or-list value, with their positions (for checks of each entry).</summary>
    public static IEnumerable<ScalarNode> Scalars(Node? node) =>
        (node is SequenceNode seq ? seq.Items : node is null ? [] : [node]).OfType<ScalarNode>().Where(s => s.Kind != ScalarKind.Null);

    public bool? Bool(Node? node, string what) => tree.Bool(node, what);

    public TEnum? Enum<TEnum>(Node? node, string what)
        where TEnum : struct, System.Enum
    {
        var text = String(node, what);
        if (text is null)
        {
            return null;
        }

        if (EnumNames.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        var names = string.Join(", ", System.Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()));
        Error(node!, $"{what} '{text}' is not one of: {names}");
        return null;
    }
}
