using System.Buffers;
using Rampart.Findings;

namespace Rampart.Loading;

/// <summary>
/// Cuts a stream of characters into documents at the markers <c>---</c> and <c>...</c> that start a line and are
/// followed by a space, a tab or the end of the line. YAML forbids these markers inside any scalar at the start
/// of a line, so every such line really is a document boundary (or an error the parser reports). Documents are
/// handed over in groups of about 64 KB that remember where each document starts, so that one parser serves
/// many documents and parsing can resume at the next document after a broken one. Lines are counted with
/// YAML's line breaks (LF, CR, CR LF, NEL, LS, PS), as the parser counts them. A document holding characters
/// YAML does not allow (NUL and other controls), or flagged by the decoder, is handed over alone as a finding.
/// </summary>
internal sealed class DocumentSplitter(string path) : IDisposable
{
    private static readonly SearchValues<char> Breaks = SearchValues.Create("\n\r\u0085\u2028\u2029");

    /// <summary>Whether a line break ends at <paramref name="i"/>, as YAML counts lines (CR LF is one break, ending at its LF).</summary>
    internal static bool EndsLine(ReadOnlySpan<char> text, int i) =>
        text[i] is '\n' or '\u0085' or '\u2028' or '\u2029' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'));

    /// <summary>Whether the line that starts at <paramref name="lineStart"/> is a document marker (<c>---</c> or <c>...</c>).</summary>
    internal static bool StartsDocument(ReadOnlySpan<char> text, int lineStart)
    {
        var rest = text[lineStart..];
        var end = rest.IndexOfAny(Breaks);
        var line = end < 0 ? rest : rest[..end];
        return IsMarker(line, '-') || IsMarker(line, '.');
    }

    /// <summary>C0 controls other than tab, LF and CR; DEL; C1 controls other than NEL; U+FFFE and U+FFFF.</summary>
    private static readonly SearchValues<char> Disallowed = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017"
        + "\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\u0080\u0081\u0082\u0083\u0084\u0086\u0087\u0088\u0089\u008A\u008B"
        + "\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\uFFFE\uFFFF");

    /// <summary>Documents are handed over in groups of about this many characters: one parser per group.</summary>
    private const int GroupSize = 64 * 1024;

    /// <summary>A group and a block of the decoder: what the buffer holds in the common case, so it is rented once per file.</summary>
    private const int InitialSize = 2 * GroupSize;

    private readonly List<int> offsets = [];
    private readonly List<int> lines = [];
    /// <summary>Rented, and given back on <see cref="Dispose"/>: a fresh buffer grown by doubling cost every file several copies.</summary>
    private char[] buffer = ArrayPool<char>.Shared.Rent(InitialSize);
    private int length;
    private int lineStart;
    private int scanned;
    private int line = 1;
    private int groupFirstLine = 1;
    private int documentStart;
    private int documentFirstLine = 1;
    private bool documentHasContent;
    private bool afterCarriageReturn;
    private Finding? documentProblem;

    /// <summary>The current position (line, and column of the next character).</summary>
    public Mark Position => new(line, length - lineStart + 1);

    /// <summary>Marks the document being read as unreadable; the first problem of a document wins.</summary>
    public void Flag(Finding problem) => documentProblem ??= problem;

    public void Append(ReadOnlySpan<char> text, Queue<DocumentChunk> done)
    {
        EnsureCapacity(length + text.Length);
        text.CopyTo(buffer.AsSpan(length));
        length += text.Length;
        Scan(done);
    }

    /// <summary>Ends the input: the documents still held are handed over.</summary>
    public void Complete(Queue<DocumentChunk> done)
    {
        if (lineStart < length)
        {
            EndLine(length, length, done);
        }

        Boundary(length, line, done, force: true);
    }

    /// <summary>Hands over the documents already complete (when input stops early), keeping the current one.</summary>
    public void FlushComplete(Queue<DocumentChunk> done)
    {
        documentStart -= EmitGroup(documentStart, documentFirstLine, done);
    }

    private void Scan(Queue<DocumentChunk> done)
    {
        while (scanned < length)
        {
            if (afterCarriageReturn)
            {
                afterCarriageReturn = false;
                if (buffer[scanned] == '\n')
                {
                    // CR LF is one break: a document that starts after a '...' line ending in CR starts after the LF.
                    documentStart += documentStart == scanned ? 1 : 0;
                    scanned++;
                    lineStart = scanned;
                    continue;
                }
            }

            var found = buffer.AsSpan(scanned, length - scanned).IndexOfAny(Breaks);
            if (found < 0)
            {
                scanned = length;
                return;
            }

            var breakAt = scanned + found;
            afterCarriageReturn = buffer[breakAt] == '\r';
            scanned = breakAt + 1;
            EndLine(breakAt, scanned, done);
        }
    }

    /// <summary>A line [lineStart, end) is complete; <paramref name="next"/> is where the next line starts.</summary>
    private void EndLine(int end, int next, Queue<DocumentChunk> done)
    {
        var text = buffer.AsSpan(lineStart, end - lineStart);
        var bad = text.IndexOfAny(Disallowed);
        var problem = bad < 0 ? null : BadCharacter(text[bad], new Mark(line, bad + 1));
        if (IsMarker(text, '-'))
        {
            // A problem found on the marker line belongs to the document the marker starts.
            if (documentProblem is { } flagged && flagged.Location.Line == line)
            {
                problem ??= flagged;
                documentProblem = null;
            }

            if (documentHasContent || documentProblem is not null)
            {
                next -= Boundary(lineStart, line, done, force: false);
            }

            documentHasContent = true;
            documentProblem ??= problem;
        }
        else if (IsMarker(text, '.'))
        {
            documentProblem ??= problem;
            line++;
            lineStart = next;
            Boundary(next, line, done, force: false);
            return;
        }
        else
        {
            documentProblem ??= problem;
            if (!documentHasContent && IsContent(text))
            {
                documentHasContent = true;
            }
        }

        line++;
        lineStart = next;
    }

    /// <summary>
    /// The current document ends at <paramref name="at"/> and the next starts there, on <paramref name="atLine"/>.
    /// Returns how many characters were handed over (and removed from the front of the buffer).
    /// </summary>
    private int Boundary(int at, int atLine, Queue<DocumentChunk> done, bool force)
    {
        var shift = 0;
        if (documentProblem is not null)
        {
            // An unreadable document travels alone, so that the documents around it still parse as a group.
            shift = EmitGroup(documentStart, documentFirstLine, done);
            var flaggedLength = at - shift;
            done.Enqueue(new DocumentChunk(new string(buffer, 0, flaggedLength), documentFirstLine, documentProblem, [0], [documentFirstLine]));
            Shift(flaggedLength);
            shift += flaggedLength;
            groupFirstLine = atLine;
        }
        else
        {
            if (at > documentStart)
            {
                offsets.Add(documentStart);
                lines.Add(documentFirstLine);
            }

            if (force || at >= GroupSize)
            {
                shift = EmitGroup(at, atLine, done);
            }
        }

        documentStart = at - shift;
        documentFirstLine = atLine;
        documentHasContent = false;
        documentProblem = null;
        return shift;
    }

    /// <summary>Hands over the documents before <paramref name="end"/> as one chunk; returns the characters handed over.</summary>
    private int EmitGroup(int end, int endLine, Queue<DocumentChunk> done)
    {
        if (end == 0)
        {
            return 0;
        }

        done.Enqueue(new DocumentChunk(new string(buffer, 0, end), groupFirstLine, null, [.. offsets], [.. lines]));
        offsets.Clear();
        lines.Clear();
        Shift(end);
        groupFirstLine = endLine;
        return end;
    }

    private void Shift(int count)
    {
        var rest = length - count;
        Array.Copy(buffer, count, buffer, 0, rest);
        length = rest;
        lineStart -= count;
        scanned -= count;
        if (buffer.Length > 1 << 20 && rest < buffer.Length / 4)
        {
            Replace(Math.Max(InitialSize, rest * 2));
        }
    }

    private Finding BadCharacter(char c, Mark at) => c == '\0'
        ? LoadRules.Finding(LoadRules.BinaryContent, path, at, "the file holds a NUL byte: it looks like binary content, not YAML; the document was not loaded")
        : LoadRules.Finding(LoadRules.BinaryContent, path, at, $"control character U+{(int)c:X4} is not allowed in YAML; Kubernetes rejects the document, which was not loaded");

    private static bool IsMarker(ReadOnlySpan<char> text, char c) =>
        text.Length >= 3 && text[0] == c && text[1] == c && text[2] == c && (text.Length == 3 || text[3] is ' ' or '\t');

    /// <summary>Whether a line holds something other than blanks, a comment or a directive.</summary>
    private static bool IsContent(ReadOnlySpan<char> text)
    {
        if (text.Length > 0 && text[0] == '%')
        {
            return false;
        }

        var trimmed = text.TrimStart(" \t\uFEFF");
        return trimmed.Length > 0 && trimmed[0] != '#';
    }

    private void EnsureCapacity(int needed)
    {
        if (needed > buffer.Length)
        {
            Replace(Math.Max(needed, buffer.Length * 2));
        }
    }

    /// <summary>Moves the characters held to a buffer of at least <paramref name="size"/> rented in place of the current one.</summary>
    private void Replace(int size)
    {
        var next = ArrayPool<char>.Shared.Rent(size);
        buffer.AsSpan(0, length).CopyTo(next);
        ArrayPool<char>.Shared.Return(buffer);
        buffer = next;
    }

    public void Dispose()
    {
        if (buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
            buffer = [];
        }
    }
}
