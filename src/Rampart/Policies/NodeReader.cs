using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Policies;

/// <summary>
/// Typed reads from a policy's positioned tree (on the shared <see cref="TreeReader"/>) that turn every surprise into
/// a problem with its line and column.
/// </summary>
internal sealed class NodeReader
{
    private readonly IReadOnlyList<string> lines;
    private readonly TreeReader tree;

    public NodeReader(string path, IReadOnlyList<string> lines)
    {
        Path = path;
        this.lines = lines;
        tree = new TreeReader(Problem);
    }

    public List<Finding> Problems { get; } = [];

    public string Path { get; }

    public void Problem(Node at, string message) =>
        Problems.Add(PolicyProblems.Invalid(Path, at.Start.Line, at.Start.Column, message));

    public MappingNode? Map(MappingNode parent, string key, string where, bool required = false) =>
        tree.Mapping(tree.Field(parent, key, $"{where}.{key}", required), $"{where}.{key}");

    public SequenceNode? Seq(MappingNode parent, string key, string where, bool required = false) =>
        tree.Sequence(tree.Field(parent, key, $"{where}.{key}", required), $"{where}.{key}");

    public ScalarNode? Scalar(MappingNode parent, string key, string where, bool required = false) =>
        tree.Scalar(tree.Field(parent, key, $"{where}.{key}", required), $"{where}.{key}");

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
        foreach (var entry in TreeReader.UnknownKeys(map, known))
        {
            Problem(entry.Key, $"unknown field {where}.{entry.KeyText ?? "?"}");
        }
    }

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
