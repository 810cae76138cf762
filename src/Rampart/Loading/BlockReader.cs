using Rampart.Findings;

namespace Rampart.Loading;

/// <summary>
/// Reads one document written in the block style manifests use (block mappings and sequences, plain scalars on one
/// line, quoted scalars on one line, literal and folded block scalars, comments, document markers, and flow sequences
/// and mappings of scalars on one line, see <see cref="BlockFlow"/>) straight from its text, into the tree the full
/// parser path (<see cref="TreeBuilder"/> over YamlDotNet's events) builds for it: same nodes, values, styles,
/// positions and findings. Anything else (other flow collections, anchors, aliases, tags, scalars
/// over several lines, complex keys, tabs, directives, duplicate or merge keys, too deep a nesting) makes it decline,
/// and the document goes to the full parser, which reads it or reports what is wrong with it.
/// </summary>
internal sealed class BlockReader
{
    private readonly LoadLimits limits;
    private readonly NodeOrigin? origin;
    private readonly BlockCursor cursor = new();
    private readonly BlockNodes nodes;
    private Node[] items = new Node[256];
    private int top;
    private int depth;
    private Mark endMark;
    private Mark? after;

    public BlockReader(LoadLimits limits, bool reportAmbiguity, NodeOrigin? origin)
    {
        this.limits = limits;
        this.origin = origin;
        nodes = new BlockNodes(cursor, reportAmbiguity, origin);
    }

    /// <summary>Distinct keys held by the reader's key table.</summary>
    public int KeyCount => nodes.KeyCount;

    /// <summary>
    /// Reads the document in <paramref name="text"/> between <paramref name="begin"/> and <paramref name="stop"/>,
    /// whose first line is line <paramref name="firstLine"/> of the file. <paramref name="after"/> is where the next
    /// document starts, or null when the text is the last of its chunk.
    /// </summary>
    public BlockOutcome Read(string file, string text, int begin, int stop, int firstLine, Mark? after,
        List<Finding> found, out Node? root, out Mark start)
    {
        root = null;
        start = new Mark(firstLine, 1);
        if (!BlockCursor.IsPlain(text, begin, stop) || (after is null && BlockCursor.EndsInBlankLine(text, begin, stop)))
        {
            return BlockOutcome.Declined;
        }

        nodes.Begin(file, found);
        this.after = after;
        top = 0;
        depth = 0;
        cursor.Start(text, begin, stop, firstLine);
        var explicitStart = false;
        while (!cursor.Done)
        {
            var first = cursor.FirstNonSpace();
            if (first == cursor.LineEnd || text[first] == '#')
            {
                cursor.Advance();
                continue;
            }

            if (first == cursor.LineStart && cursor.IsMarker('-'))
            {
                if (!cursor.RestIsBlank(cursor.LineStart + 3))
                {
                    return BlockOutcome.Declined;
                }

                explicitStart = true;
                start = new Mark(cursor.Line, 1);
                cursor.Advance();
            }

            break;
        }

        if (!Next())
        {
            if (!cursor.AtEndMarker && !explicitStart)
            {
                return BlockOutcome.Nothing;
            }

            return explicitStart ? BlockOutcome.Read : BlockOutcome.Declined;
        }

        if (!explicitStart)
        {
            start = cursor.At(cursor.Content);
        }

        var node = Collection(cursor.Indent);
        if (node is null || !cursor.AtEnd)
        {
            return BlockOutcome.Declined;
        }

        root = node;
        return BlockOutcome.Read;
    }

    /// <summary>Moves to the next line with content; false at the end of the document, where <see cref="endMark"/> then stands.</summary>
    private bool Next()
    {
        if (cursor.SkipToContent())
        {
            endMark = cursor.At(cursor.Content);
            return true;
        }

        endMark = cursor.AtEndMarker ? new Mark(cursor.Line, 1) : after ?? new Mark(cursor.Line, 1);
        return false;
    }

    /// <summary>The block mapping or sequence whose first line is the current one, at column <paramref name="column"/>.</summary>
    /// <summary>
    /// The block collection whose first line is the current one, at column <paramref name="column"/>, one level deeper:
    /// a sequence when the line is an entry, or when <paramref name="indentless"/> (a key's sequence at the key's column).
    /// </summary>
    private Node? Collection(int column, bool indentless = false)
    {
        if (depth + 2 >= limits.MaxDepth)
        {
            return null;
        }

        depth++;
        Node? node = indentless || cursor.IsEntry(cursor.Content) ? Sequence(column, indentless) : Mapping(column);
        depth--;
        return node;
    }

    private MappingNode? Mapping(int column)
    {
        var start = cursor.At(cursor.Content);
        var first = top;
        while (true)
        {
            if (nodes.Key(cursor.Content, out var colon) is not { } key || Value(colon + 1, column) is not { } value)
            {
                return null;
            }

            Push(key);
            Push(value);
            if (cursor.AtEnd || cursor.Indent < column)
            {
                break;
            }

            if (cursor.Indent > column || cursor.IsEntry(cursor.Content))
            {
                return null;
            }
        }

        var entries = nodes.Entries(items.AsSpan(first, top - first));
        Array.Clear(items, first, top - first);
        top = first;
        return entries is null ? null : new MappingNode(start, endMark, entries) { Origin = origin };
    }

    private SequenceNode? Sequence(int column, bool indentless)
    {
        var start = cursor.At(cursor.Content);
        var first = top;
        while (true)
        {
            var dash = cursor.Content;
            var i = cursor.SkipSpaces(dash + 1);

            Node? item;
            if (cursor.RestIsBlank(dash + 1))
            {
                item = Below(column, cursor.At(dash + 1));
            }
            else if (cursor.IsEntry(i))
            {
                return null;
            }
            else if ((BlockScalars.CanStartPlain(cursor.Text[i]) && BlockScalars.PlainKey(cursor, i, out _) >= 0)
                || (cursor.Text[i] is '"' or '\'' && nodes.QuotedKey(i) >= 0))
            {
                cursor.Enter(i);
                item = Collection(i - cursor.LineStart);
            }
            else
            {
                item = Scalar(i, column);
            }

            if (item is null)
            {
                return null;
            }

            Push(item);
            if (cursor.AtEnd || cursor.Indent < column)
            {
                break;
            }

            if (cursor.Indent > column || !cursor.IsEntry(cursor.Content))
            {
                if (indentless && cursor.Indent == column)
                {
                    break;
                }

                return null;
            }
        }

        var children = items.AsSpan(first, top - first).ToArray();
        Array.Clear(items, first, top - first);
        top = first;
        return new SequenceNode(start, endMark, children) { Origin = origin };
    }

    /// <summary>
    /// The value of a key or entry whose line ends after it: a collection on the lines below, more indented than
    /// <paramref name="column"/>, or an empty value at <paramref name="empty"/>.
    /// </summary>
    private Node? Below(int column, Mark empty)
    {
        cursor.Advance();
        if (!Next() || cursor.Indent <= column)
        {
            return nodes.Empty(empty);
        }

        return Collection(cursor.Indent);
    }

    private Node? Value(int i, int column)
    {
        if (cursor.RestIsBlank(i))
        {
            var empty = cursor.At(i);
            cursor.Advance();
            if (!Next())
            {
                return nodes.Empty(empty);
            }

            if (cursor.Indent == column && cursor.IsEntry(cursor.Content))
            {
                return Collection(column, indentless: true);
            }

            return cursor.Indent > column ? Collection(cursor.Indent) : nodes.Empty(empty);
        }

        return Scalar(cursor.SkipSpaces(i), column);
    }

    /// <summary>A value on the line of its key or dash: a scalar, or a flow collection of scalars on that line.</summary>
    private Node? Scalar(int i, int column)
    {
        Node? node = cursor.Text[i] is '[' or '{' ? nodes.Flow(i) : nodes.Scalar(i, column);
        if (node is not null)
        {
            Next();
        }

        return node;
    }

    private void Push(Node node)
    {
        if (top == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }

        items[top++] = node;
    }
}
