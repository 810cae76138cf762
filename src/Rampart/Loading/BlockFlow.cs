using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace Rampart.Loading;

/// <summary>
/// Reads the flow collections <see cref="BlockReader"/> takes, each opening and closing on the current line of its
/// cursor: a sequence of plain or quoted scalars (<c>["ALL"]</c>), and a mapping whose keys are plain or quoted
/// scalars, each followed by <c>": "</c>, and whose values are plain or quoted scalars or such sequences
/// (<c>{app: web, "tier": [a, b]}</c>). As with YamlDotNet, a flow collection ends where its closing bracket stands.
/// Anything else (nesting of mappings, empty values or items, a trailing comma, <c>?</c> keys, a colon with no space
/// after it, comments, anchors, tags, a plain scalar holding an indicator, a repeated, merge or null key) returns
/// null, and the full parser reads the document.
/// </summary>
internal sealed class BlockFlow(BlockCursor cursor, BlockNodes nodes)
{
    private static readonly SearchValues<char> Stops = SearchValues.Create(",[]{}:#\"'?&*!|>%@`");
    private readonly StringBuilder value = new();
    private readonly List<Node> items = [];
    private readonly List<Node> pairs = [];

    /// <summary>The flow collection that opens at <paramref name="i"/> and ends its line; the cursor moves to the next line.</summary>
    public Node? Read(int i)
    {
        int close;
        Node? node = cursor.Text[i] == '[' ? Sequence(i, out close) : Mapping(i, out close);
        if (node is null || !cursor.RestIsBlank(close + 1))
        {
            return null;
        }

        cursor.Advance();
        return node;
    }

    private SequenceNode? Sequence(int i, out int close)
    {
        var text = cursor.Text;
        close = -1;
        items.Clear();
        var j = cursor.SkipSpaces(i + 1);
        while (j < cursor.LineEnd && text[j] != ']')
        {
            if (Scalar(j, ']') is not { } item)
            {
                return null;
            }

            items.Add(item.Node);
            if (text[item.Stop] == ']')
            {
                j = item.Stop;
                break;
            }

            j = cursor.SkipSpaces(item.Stop + 1);
            if (j == cursor.LineEnd || text[j] == ']')
            {
                return null;
            }
        }

        if (j >= cursor.LineEnd)
        {
            return null;
        }

        close = j;
        return new SequenceNode(cursor.At(i), cursor.At(j), items.ToArray()) { Origin = nodes.Origin };
    }

    private MappingNode? Mapping(int i, out int close)
    {
        var text = cursor.Text;
        close = -1;
        pairs.Clear();
        var j = cursor.SkipSpaces(i + 1);
        while (j < cursor.LineEnd && text[j] != '}')
        {
            if (Key(j) is not { } key)
            {
                return null;
            }

            j = cursor.SkipSpaces(key.Colon + 1);
            if (j == cursor.LineEnd || Value(j) is not { } entry)
            {
                return null;
            }

            pairs.Add(key.Node);
            pairs.Add(entry.Node);
            if (text[entry.Stop] == '}')
            {
                j = entry.Stop;
                break;
            }

            j = cursor.SkipSpaces(entry.Stop + 1);
            if (j == cursor.LineEnd || text[j] == '}')
            {
                return null;
            }
        }

        if (j >= cursor.LineEnd || nodes.Entries(CollectionsMarshal.AsSpan(pairs)) is not { } entries)
        {
            return null;
        }

        close = j;
        return new MappingNode(cursor.At(i), cursor.At(j), entries) { Origin = nodes.Origin };
    }

    /// <summary>A key at <paramref name="i"/>, and where the colon after it stands (always followed by a space).</summary>
    private (ScalarNode Node, int Colon)? Key(int i)
    {
        var text = cursor.Text;
        int colon;
        ScalarNode node;
        if (text[i] is '"' or '\'')
        {
            var close = BlockScalars.Quoted(cursor, i, value);
            if (close < 0 || close - i > BlockNodes.LongestKey)
            {
                return null;
            }

            colon = cursor.SkipSpaces(close);
            node = nodes.Make(nodes.Intern(value.ToString()), text[i] == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted, i, close,
                isKey: true);
        }
        else
        {
            if (!CanStartPlain(i))
            {
                return null;
            }

            var end = text.AsSpan(i, cursor.LineEnd - i).IndexOfAny(Stops);
            if (end < 0 || end > BlockNodes.LongestKey)
            {
                return null;
            }

            colon = i + end;
            while (text[i + end - 1] == ' ')
            {
                end--;
            }

            node = nodes.Make(nodes.Intern(text.AsSpan(i, end)), ScalarStyle.Plain, i, i + end, isKey: true);
        }

        return colon + 1 < cursor.LineEnd && text[colon] == ':' && text[colon + 1] == ' ' ? (node, colon) : null;
    }

    /// <summary>A value at <paramref name="i"/>, and where the comma or brace after it stands.</summary>
    private (Node Node, int Stop)? Value(int i)
    {
        if (cursor.Text[i] != '[')
        {
            return Scalar(i, '}') is { } item ? (item.Node, item.Stop) : null;
        }

        if (Sequence(i, out var close) is not { } sequence)
        {
            return null;
        }

        var stop = cursor.SkipSpaces(close + 1);
        return stop < cursor.LineEnd && cursor.Text[stop] is ',' or '}' ? (sequence, stop) : null;
    }

    /// <summary>A plain or quoted scalar at <paramref name="i"/>, and where the comma or <paramref name="closer"/> after it stands.</summary>
    private (ScalarNode Node, int Stop)? Scalar(int i, char closer)
    {
        var text = cursor.Text;
        int stop;
        ScalarNode node;
        if (text[i] is '"' or '\'')
        {
            var close = BlockScalars.Quoted(cursor, i, value);
            if (close < 0)
            {
                return null;
            }

            node = nodes.Make(value.ToString(), text[i] == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted, i, close, isKey: false);
            stop = cursor.SkipSpaces(close);
        }
        else
        {
            if (!CanStartPlain(i))
            {
                return null;
            }

            var end = text.AsSpan(i, cursor.LineEnd - i).IndexOfAny(Stops);
            if (end < 0 || (text[i + end] != ',' && text[i + end] != closer))
            {
                return null;
            }

            stop = i + end;
            while (text[i + end - 1] == ' ')
            {
                end--;
            }

            node = nodes.Make(text.Substring(i, end), ScalarStyle.Plain, i, i + end, isKey: false);
        }

        return stop < cursor.LineEnd && (text[stop] == ',' || text[stop] == closer) ? (node, stop) : null;
    }

    /// <summary>
    /// Whether a plain scalar starts at <paramref name="i"/>: not at an indicator, and not at a dash followed by a
    /// space, the end of the line or an indicator (YamlDotNet rejects <c>{a: -}</c>).
    /// </summary>
    private bool CanStartPlain(int i)
    {
        var text = cursor.Text;
        return BlockScalars.CanStartPlain(text[i])
            && (text[i] != '-' || (i + 1 < cursor.LineEnd && text[i + 1] != ' ' && !Stops.Contains(text[i + 1])));
    }
}
