namespace Rampart.Loading;

/// <summary>
/// Finds the comments that start with <c>rampart:</c> in the documents of a chunk. The text is searched for
/// <c>rampart:</c> first (most files have none, and then nothing else is done); a match counts when a <c>#</c> stands
/// before it (spaces between allowed) at the start of a line or after a space, and when the <c>#</c> lies in no scalar
/// of the document's tree (a <c>#</c> in a quoted or block scalar is text, not a comment).
/// </summary>
internal static class CommentDirectives
{
    /// <summary>Gives each document of <paramref name="output"/> from <paramref name="first"/> on the directives of its lines.</summary>
    public static void Attach(string path, DocumentChunk chunk, List<LoadedDocument> output, int first, NodeOrigin? origin)
    {
        var text = chunk.Text;
        var at = text.IndexOf(CommentDirective.Prefix, StringComparison.Ordinal);
        if (at < 0 || first >= output.Count)
        {
            return;
        }

        var part = 0;
        var line = chunk.Lines[0];
        var lineStart = chunk.Offsets[0];
        var counted = chunk.Offsets[0];
        List<CommentDirective>?[] found = new List<CommentDirective>?[output.Count - first];
        for (; at >= 0; at = text.IndexOf(CommentDirective.Prefix, at + CommentDirective.Prefix.Length, StringComparison.Ordinal))
        {
            while (part + 1 < chunk.Offsets.Length && chunk.Offsets[part + 1] <= at)
            {
                part++;
                (line, lineStart, counted) = (chunk.Lines[part], chunk.Offsets[part], chunk.Offsets[part]);
            }

            for (; counted < at; counted++)
            {
                if (DocumentSplitter.EndsLine(text, counted))
                {
                    line++;
                    lineStart = counted + 1;
                }
            }

            if (Hash(text, lineStart, at) is not { } hash)
            {
                continue;
            }

            var mark = new Mark(line, hash - lineStart + 1);
            var endLine = part + 1 < chunk.Lines.Length ? chunk.Lines[part + 1] - 1 : int.MaxValue;
            var document = DocumentOf(output, first, chunk.Lines[part], endLine);
            if (document < 0 || output[document].Root is not { } root || InScalar(root, mark))
            {
                continue;
            }

            var end = text.AsSpan(at).IndexOfAny('\n', '\r');
            var body = text.AsSpan(at + CommentDirective.Prefix.Length, (end < 0 ? text.Length - at : end) - CommentDirective.Prefix.Length).Trim();
            var directive = new CommentDirective(path, body.ToString(), mark, chunk.Lines[part], endLine);
            (found[document - first] ??= []).Add(directive);
            origin?.Add(directive);
        }

        for (var i = 0; i < found.Length; i++)
        {
            if (found[i] is { } directives)
            {
                output[first + i] = output[first + i] with { Directives = directives };
            }
        }
    }

    /// <summary>Where the <c>#</c> of a comment that holds <c>rampart:</c> at <paramref name="at"/> stands, or null when it is no such comment.</summary>
    private static int? Hash(string text, int lineStart, int at)
    {
        var i = at - 1;
        while (i >= lineStart && text[i] is ' ' or '\t')
        {
            i--;
        }

        if (i < lineStart || text[i] != '#')
        {
            return null;
        }

        return i == lineStart || text[i - 1] is ' ' or '\t' ? i : null;
    }

    /// <summary>The document of <paramref name="output"/> that starts between the lines, or -1.</summary>
    private static int DocumentOf(List<LoadedDocument> output, int first, int startLine, int endLine)
    {
        for (var i = first; i < output.Count; i++)
        {
            if (output[i].Start.Line >= startLine && output[i].Start.Line <= endLine)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="at"/> lies inside a scalar of the tree (from its first character to its last).</summary>
    private static bool InScalar(Node node, Mark at)
    {
        if (Before(at, node.Start) || !Before(at, node.End))
        {
            return false;
        }

        return node switch
        {
            ScalarNode => true,
            MappingNode map => map.Entries.Any(e => InScalar(e.Key, at) || InScalar(e.Value, at)),
            SequenceNode sequence => sequence.Items.Any(item => InScalar(item, at)),
            _ => false,
        };
    }

    private static bool Before(Mark a, Mark b) => a.Line < b.Line || (a.Line == b.Line && a.Column < b.Column);
}
