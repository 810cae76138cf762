using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Policies;

/// <summary>Typed reads from a positioned tree that turn every surprise into a problem with its line and column.</summary>
internal sealed class NodeReader(string path, IReadOnlyList<string> lines)
{
    public List<Finding> Problems { get; } = [];

    public string Path { get; } = path;

    public void Problem(Node at, string message) =>
        Problems.Add(PolicyProblems.Invalid(Path, at.Start.Line, at.Start.Column, message));

    public MappingNode? Map(MappingNode parent, string key, string where, bool required = false)
    {
        if (!parent.TryGetValue(key, out var node) || IsNull(node))
        {
            if (required)
            {
                Problem(parent, $"{where}.{key} is required");
            }

            return null;
        }

        if (node is MappingNode map)
        {
            return map;
        }

        Problem(node, $"{where}.{key} must be a mapping");
        return null;
    }

    public SequenceNode? Seq(MappingNode parent, string key, string where, bool required = false)
    {
        if (!parent.TryGetValue(key, out var node) || IsNull(node))
        {
            if (required)
            {
                Problem(parent, $"{where}.{key} is required");
            }

            return null;
        }

        if (node is SequenceNode seq)
        {
            return seq;
        }

        Problem(node, $"{where}.{key} must be a list");
        return null;
    }

    public ScalarNode? Scalar(MappingNode parent, string key, string where, bool required = false)
    {
        if (!parent.TryGetValue(key, out var node) || IsNull(node))
        {
            if (required)
            {
                Problem(parent, $"{where}.{key} is required");
            }

            return null;
        }

        if (node is ScalarNode scalar)
        {
            return scalar;
        }

        Problem(node, $"{where}.{key} must be a string");
        return null;
    }

    public string? String(MappingNode parent, string key, string where, bool required = false) =>
        Scalar(parent, key, where, required)?.Text;

    public IReadOnlyList<string> Strings(MappingNode parent, string key, string where)
    {
        var seq = Seq(parent, key, where);
        if (seq is null)
        {
            return [];
        }

        var list = new List<string>(seq.Count);
        foreach (var item in seq.Items)
        {
            if (item is ScalarNode s)
            {
                list.Add(s.Text);
            }
            else
            {
                Problem(item, $"{where}.{key} must hold strings");
            }
        }

        return list;
    }

    public PolicyExpression? Expression(MappingNode parent, string key, string where, bool required = true)
    {
        var scalar = Scalar(parent, key, where, required);
        if (scalar is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(scalar.Text))
        {
            Problem(scalar, $"{where}.{key} is empty");
            return null;
        }

        var indent = 0;
        if (scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            indent = BlockIndent(scalar.Start.Line);
        }

        return new PolicyExpression(scalar.Text, scalar.Start, scalar.Style, indent);
    }

    /// <summary>Reports keys of <paramref name="map"/> that are not in <paramref name="known"/> (typos are not silently ignored).</summary>
    public void KnownKeys(MappingNode map, string where, params string[] known)
    {
        foreach (var entry in map.Entries)
        {
            if (entry.KeyText is not { } key || Array.IndexOf(known, key) < 0)
            {
                Problem(entry.Key, $"unknown field {where}.{entry.KeyText ?? "?"}");
            }
        }
    }

    public static bool IsNull(Node node) => node is ScalarNode { Kind: ScalarKind.Null, Style: ScalarStyle.Plain };

    /// <summary>The indentation of the first non-blank line after <paramref name="headerLine"/> (a block scalar's content).</summary>
    private int BlockIndent(int headerLine)
    {
        for (var i = headerLine; i < lines.Count; i++)
        {
            var line = lines[i];
            var spaces = 0;
            while (spaces < line.Length && line[spaces] == ' ')
            {
                spaces++;
            }

            if (spaces < line.Length)
            {
                return spaces;
            }
        }

        return 0;
    }
}
