using System.Text;
using Rampart.Findings;

namespace Rampart.Loading;

/// <summary>
/// Makes the scalar nodes of <see cref="BlockReader"/> from the current line of its cursor: keys (interned in the
/// reader's <see cref="KeyTable"/>), values in every style it reads (flow collections through <see cref="BlockFlow"/>),
/// and empty values. Each method returns null (or
/// -1) for anything it leaves to the full parser.
/// </summary>
internal sealed class BlockNodes(BlockCursor cursor, bool reportAmbiguity, NodeOrigin? origin)
{
    /// <summary>The longest key, in characters, the block reader takes; a longer one goes to the full parser.</summary>
    public const int LongestKey = 1000;

    private readonly KeyTable keys = new();
    private readonly StringBuilder value = new();
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private BlockFlow? flow;
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

    /// <summary>
    /// The entries of a mapping from its keys and values, in turn; or null when a key is null, a merge key (<c>&lt;&lt;</c>)
    /// or repeated: the full parser reads those (and reports a repeated key).
    /// </summary>
    public MappingEntry[]? Entries(ReadOnlySpan<Node> keysAndValues)
    {
        var entries = new MappingEntry[keysAndValues.Length / 2];
        seen.Clear();
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new MappingEntry(keysAndValues[2 * i], keysAndValues[(2 * i) + 1]);
            if (entries[i].KeyText is not { } key || key == "<<" || (entries.Length > 1 && !seen.Add(key)))
            {
                return null;
            }
        }

        return entries;
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

    /// <summary>A flow collection of scalars that opens at <paramref name="i"/> and closes on its line (<see cref="BlockFlow"/>); the cursor moves to the line after it.</summary>
    public Node? Flow(int i) => (flow ??= new BlockFlow(cursor, this)).Read(i);

    /// <summary>The origin every node of the reader carries.</summary>
    public NodeOrigin? Origin => origin;

    /// <summary>A key's text from the key table.</summary>
    public string Intern(ReadOnlySpan<char> key) => keys.Get(key);

    /// <summary>A scalar node of <paramref name="text"/> between indexes <paramref name="from"/> and <paramref name="to"/> of the current line.</summary>
    public ScalarNode Make(string text, ScalarStyle style, int from, int to, bool isKey) =>
        ScalarNodes.Create(text, style, null, cursor.At(from), cursor.At(to), origin, reportAmbiguity, isKey, path, problems);

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
        if (colon < 0 || colon - i > LongestKey)
        {
            return null;
        }

        return MakeKey(keys.Get(text.AsSpan(i, end - i)), ScalarStyle.Plain, i, end);
    }

    private ScalarNode MakeKey(string text, ScalarStyle style, int from, int to) => Make(text, style, from, to, isKey: true);

    /// <summary>Where the colon after a quoted key that opens at <paramref name="i"/> stands, or -1.</summary>
    public int QuotedKey(int i)
    {
        var close = BlockScalars.Quoted(cursor, i, value);
        if (close < 0 || close - i > LongestKey)
        {
            return -1;
        }

        close = cursor.SkipSpaces(close);
        return close < cursor.LineEnd && cursor.Text[close] == ':' && (close + 1 == cursor.LineEnd || cursor.Text[close + 1] == ' ') ? close : -1;
    }
}
