using System.Buffers;
using System.Text;
using Rampart.Findings;

namespace Rampart.Loading;

/// <summary>
/// Makes the scalar nodes of <see cref="BlockReader"/> from the current line of its cursor: keys (interned in the
/// reader's <see cref="KeyTable"/>), values in every style it reads, and empty values. Each method returns null (or
/// -1) for anything it leaves to the full parser.
/// </summary>
internal sealed class BlockNodes(BlockCursor cursor, bool reportAmbiguity, NodeOrigin? origin)
{
    private readonly KeyTable keys = new();
    private readonly StringBuilder value = new();
    private readonly List<Node> items = [];
    private string path = "";
    private List<Finding> problems = [];

    /// <summary>Distinct keys held by the key table.</summary>
    public int KeyCount => keys.Count;

    /// <summary>Starts a document of <paramref name="file"/>, whose findings go to <paramref name="found"/>.</summary>
    public void Begin(string file, List<Finding> found)
    {
        path = file;
        problems = found;
    }

    public ScalarNode Empty(Mark at) => ScalarNodes.Create("", ScalarStyle.Plain, null, at, at, origin, reportAmbiguity, isKey: false, path, problems);

    /// <summary>A scalar value that starts at <paramref name="i"/> in a collection at <paramref name="column"/>; the cursor moves to the line after it.</summary>
    public ScalarNode? Scalar(int i, int column)
    {
        var text = cursor.Text;
        var start = cursor.At(i);
        ScalarNode node;
        if (text[i] is '|' or '>')
        {
            if (!BlockScalarText.Read(cursor, i, column, value, out var end))
            {
                return null;
            }

            node = ScalarNodes.Create(value.ToString(), text[i] == '|' ? ScalarStyle.Literal : ScalarStyle.Folded, null, start, end,
                origin, reportAmbiguity, isKey: false, path, problems);
        }
        else if (text[i] is '"' or '\'')
        {
            var close = BlockScalars.Quoted(cursor, i, value);
            if (close < 0 || !cursor.RestIsBlank(close))
            {
                return null;
            }

            node = ScalarNodes.Create(value.ToString(), text[i] == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted, null, start,
                cursor.At(close), origin, reportAmbiguity, isKey: false, path, problems);
            cursor.Advance();
        }
        else
        {
            var stop = BlockScalars.CanStartPlain(text[i]) && !cursor.IsEntry(i) ? BlockScalars.PlainValue(cursor, i) : -1;
            if (stop < 0)
            {
                return null;
            }

            node = ScalarNodes.Create(text.Substring(i, stop - i), ScalarStyle.Plain, null, start, cursor.At(stop), origin,
                reportAmbiguity, isKey: false, path, problems);
            cursor.Advance();
        }

        return node;
    }

    /// <summary>
    /// A flow sequence of plain or quoted scalars that opens at <paramref name="i"/> and closes on the same line
    /// (<c>["ALL"]</c>), or an empty flow mapping (<c>{}</c>); the cursor moves to the line after it. As with YamlDotNet,
    /// a flow collection ends where its closing bracket stands.
    /// </summary>
    public Node? Flow(int i)
    {
        var text = cursor.Text;
        var start = cursor.At(i);
        if (text[i] == '{')
        {
            var close = i + 1;
            while (close < cursor.LineEnd && text[close] == ' ')
            {
                close++;
            }

            if (close == cursor.LineEnd || text[close] != '}' || !cursor.RestIsBlank(close + 1))
            {
                return null;
            }

            var end = cursor.At(close);
            cursor.Advance();
            return new MappingNode(start, end, []) { Origin = origin };
        }

        items.Clear();
        var j = Spaces(i + 1);
        if (j < cursor.LineEnd && text[j] == ']')
        {
            return FlowEnd(start, j);
        }

        while (j < cursor.LineEnd)
        {
            if (Item(j) is not { } item || item.Stop == cursor.LineEnd)
            {
                return null;
            }

            items.Add(item.Node);
            j = item.Stop;
            if (text[j] == ']')
            {
                return FlowEnd(start, j);
            }

            j = Spaces(j + 1);
            if (j == cursor.LineEnd || text[j] == ']')
            {
                return null;
            }
        }

        return null;
    }

    private SequenceNode? FlowEnd(Mark start, int close)
    {
        if (!cursor.RestIsBlank(close + 1))
        {
            return null;
        }

        var end = cursor.At(close);
        cursor.Advance();
        return new SequenceNode(start, end, items.ToArray()) { Origin = origin };
    }

    /// <summary>An item of a flow sequence at <paramref name="i"/>, and where the comma or bracket after it stands.</summary>
    private (ScalarNode Node, int Stop)? Item(int i)
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

            node = ScalarNodes.Create(value.ToString(), text[i] == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted, null,
                cursor.At(i), cursor.At(close), origin, reportAmbiguity, isKey: false, path, problems);
            stop = Spaces(close);
        }
        else
        {
            if (!BlockScalars.CanStartPlain(text[i]) || cursor.IsEntry(i))
            {
                return null;
            }

            var end = text.AsSpan(i, cursor.LineEnd - i).IndexOfAny(FlowStops);
            if (end < 0 || text[i + end] is not (',' or ']'))
            {
                return null;
            }

            stop = i + end;
            while (text[i + end - 1] == ' ')
            {
                end--;
            }

            node = ScalarNodes.Create(text.Substring(i, end), ScalarStyle.Plain, null, cursor.At(i), cursor.At(i + end), origin,
                reportAmbiguity, isKey: false, path, problems);
        }

        return stop < cursor.LineEnd && text[stop] is ',' or ']' ? (node, stop) : null;
    }

    private static readonly SearchValues<char> FlowStops = SearchValues.Create(",[]{}:#\"'?&*!|>%@`");

    private int Spaces(int i)
    {
        while (i < cursor.LineEnd && cursor.Text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>The key that starts at <paramref name="i"/>, and in <paramref name="colon"/> where its colon is; null when there is none.</summary>
    public ScalarNode? Key(int i, out int colon)
    {
        var text = cursor.Text;
        if (text[i] is '"' or '\'')
        {
            colon = QuotedKey(i);
            if (colon < 0)
            {
                return null;
            }

            var close = BlockScalars.Quoted(cursor, i, value);
            return MakeKey(keys.Get(value.ToString()), text[i] == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted, i, close);
        }

        var end = -1;
        colon = BlockScalars.CanStartPlain(text[i]) ? BlockScalars.PlainKey(cursor, i, out end) : -1;
        if (colon < 0 || colon - i > 1000)
        {
            return null;
        }

        return MakeKey(keys.Get(text.AsSpan(i, end - i)), ScalarStyle.Plain, i, end);
    }

    private ScalarNode MakeKey(string text, ScalarStyle style, int from, int to) =>
        ScalarNodes.Create(text, style, null, cursor.At(from), cursor.At(to), origin, reportAmbiguity, isKey: true, path, problems);

    /// <summary>Where the colon after a quoted key that opens at <paramref name="i"/> stands, or -1.</summary>
    public int QuotedKey(int i)
    {
        var close = BlockScalars.Quoted(cursor, i, value);
        if (close < 0 || close - i > 1000)
        {
            return -1;
        }

        while (close < cursor.LineEnd && cursor.Text[close] == ' ')
        {
            close++;
        }

        return close < cursor.LineEnd && cursor.Text[close] == ':' && (close + 1 == cursor.LineEnd || cursor.Text[close + 1] == ' ') ? close : -1;
    }
}
