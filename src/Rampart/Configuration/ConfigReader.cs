using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Configuration;

/// <summary>
/// Typed reading of a configuration tree that collects errors with their line instead of throwing, and
/// rejects keys it does not know (a misspelt key silently ignored is a gate silently off).
/// </summary>
internal sealed class ConfigReader(string path)
{
    public string Path { get; } = path;
    public List<ConfigError> Errors { get; } = [];

    public void Error(Node at, string message) => Errors.Add(new ConfigError(Path, at.Start.Line, at.Start.Column, message));

    public ConfigSource SourceOf(Node node) => new(Path, node.Start.Line);

    /// <summary>Reports every key of <paramref name="map"/> that is not in <paramref name="known"/>.</summary>
    public void OnlyKeys(MappingNode map, string where, params string[] known)
    {
        foreach (var entry in map.Entries)
        {
            var key = entry.KeyText;
            if (key is null || !known.Contains(key, StringComparer.Ordinal))
            {
                Error(entry.Key, $"unknown key '{key}' in {where} (expected one of: {string.Join(", ", known)})");
            }
        }
    }

    public MappingNode? Mapping(Node? node, string what)
    {
        switch (node)
        {
            case null:
                return null;
            case MappingNode map:
                return map;
            default:
                Error(node, $"{what} must be a mapping");
                return null;
        }
    }

    public IEnumerable<Node> Sequence(Node? node, string what)
    {
        switch (node)
        {
            case null:
                return [];
            case SequenceNode seq:
                return seq.Items;
            default:
                Error(node, $"{what} must be a list");
                return [];
        }
    }

    public string? String(Node? node, string what)
    {
        switch (node)
        {
            case null:
                return null;
            case ScalarNode { Kind: ScalarKind.Null }:
                return null;
            case ScalarNode scalar:
                return scalar.Text;
            default:
                Error(node, $"{what} must be a string");
                return null;
        }
    }

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

    public bool? Bool(Node? node, string what)
    {
        switch (node)
        {
            case null:
                return null;
            case ScalarNode { Kind: ScalarKind.Bool } b:
                return b.Bool;
            default:
                Error(node, $"{what} must be true or false");
                return null;
        }
    }

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
