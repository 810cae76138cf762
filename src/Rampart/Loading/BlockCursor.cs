using System.Buffers;

namespace Rampart.Loading;

/// <summary>
/// The lines of one document's text as <see cref="BlockReader"/> walks them: the current line (its start, its end
/// before the line break, its number in the file) and, once <see cref="SkipToContent"/> found it, the first character
/// of its content. Line breaks are LF or CR LF; a text with other breaks, tabs, a byte order mark or surrogates is not
/// for this reader (<see cref="IsPlain"/>).
/// </summary>
internal sealed class BlockCursor
{
    private static readonly SearchValues<char> Unusual = SearchValues.Create(
        "\t\r\u0085\u2028\u2029\uFEFF" + string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)));

    private string text = "";
    private int end;

    public string Text => text;

    /// <summary>Where the current line starts, and where it ends (before its line break).</summary>
    public int LineStart { get; private set; }
    public int LineEnd { get; private set; }

    /// <summary>Where the next line starts (the end of the text after the last line).</summary>
    public int NextLine { get; private set; }

    /// <summary>The current line's number in the file.</summary>
    public int Line { get; private set; }

    /// <summary>The first character of the current line that is not a space (valid after <see cref="SkipToContent"/>).</summary>
    public int Content { get; private set; }

    /// <summary>Takes <paramref name="i"/> of the current line as its content (a key after a sequence entry's dash).</summary>
    public void Enter(int i) => Content = i;

    /// <summary>The column of <see cref="Content"/>, from 0.</summary>
    public int Indent => Content - LineStart;

    /// <summary>The document's content has ended (end of the text, or a <c>...</c> line).</summary>
    public bool AtEnd { get; private set; }

    /// <summary>The content ended at a <c>...</c> marker.</summary>
    public bool AtEndMarker { get; private set; }

    /// <summary>Whether the text between <paramref name="begin"/> and <paramref name="stop"/> uses only LF or CR LF breaks, spaces for indentation, and no character this reader leaves to the full parser.</summary>
    public static bool IsPlain(string text, int begin, int stop)
    {
        var span = text.AsSpan(begin, stop - begin);
        var at = span.IndexOfAny(Unusual);
        while (at >= 0)
        {
            if (span[at] != '\r' || at + 1 == span.Length || span[at + 1] != '\n')
            {
                return false;
            }

            var next = span[(at + 2)..].IndexOfAny(Unusual);
            at = next < 0 ? -1 : at + 2 + next;
        }

        return true;
    }

    /// <summary>
    /// Whether the text ends in a line of spaces or a comment with no line break: YamlDotNet then ends the stream on
    /// that line, not after it, and the full parser gives the places.
    /// </summary>
    public static bool EndsInBlankLine(string text, int begin, int stop)
    {
        if (stop == begin || text[stop - 1] == '\n')
        {
            return false;
        }

        var last = text.AsSpan(begin, stop - begin);
        last = last[(last.LastIndexOf('\n') + 1)..].TrimStart(' ');
        return last.Length == 0 || last[0] == '#';
    }

    public void Start(string source, int begin, int stop, int firstLine)
    {
        text = source;
        end = stop;
        AtEnd = false;
        AtEndMarker = false;
        NextLine = begin;
        Line = firstLine - 1;
        Advance();
    }

    /// <summary>Whether the text ends here.</summary>
    public bool Done => LineStart >= end;

    /// <summary>Whether the current line ends with a line break (the last line of a text may not).</summary>
    public bool HasBreak => NextLine > LineEnd;

    /// <summary>Moves to the next line.</summary>
    public void Advance()
    {
        LineStart = NextLine;
        Line++;
        if (LineStart >= end)
        {
            LineEnd = NextLine = end;
            return;
        }

        var found = text.AsSpan(LineStart, end - LineStart).IndexOf('\n');
        if (found < 0)
        {
            LineEnd = NextLine = end;
            return;
        }

        NextLine = LineStart + found + 1;
        LineEnd = found > 0 && text[LineStart + found - 1] == '\r' ? LineStart + found - 1 : LineStart + found;
    }

    /// <summary>The index of the first character of the current line that is not a space, or <see cref="LineEnd"/>.</summary>
    public int FirstNonSpace() => SkipSpaces(LineStart);

    /// <summary>The index of the first character of the current line at or after <paramref name="i"/> that is not a space, or <see cref="LineEnd"/>.</summary>
    public int SkipSpaces(int i)
    {
        while (i < LineEnd && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Skips blank and comment lines from the current one. Returns true on a line with content (<see cref="Content"/>);
    /// false at the end of the document's content, or on a line this reader does not take (a marker in the middle).
    /// </summary>
    public bool SkipToContent()
    {
        while (!Done)
        {
            var first = FirstNonSpace();
            if (first == LineEnd || text[first] == '#')
            {
                Advance();
                continue;
            }

            Content = first;
            if (first == LineStart && IsMarker('.'))
            {
                AtEnd = AtEndMarker = true;
                return false;
            }

            return true;
        }

        AtEnd = true;
        return false;
    }

    /// <summary>Whether the current line is a document marker of <paramref name="c"/> (<c>---</c> or <c>...</c>).</summary>
    public bool IsMarker(char c)
    {
        var line = text.AsSpan(LineStart, LineEnd - LineStart);
        return line.Length >= 3 && line[0] == c && line[1] == c && line[2] == c && (line.Length == 3 || line[3] == ' ');
    }

    /// <summary>Whether a sequence entry's dash stands at <paramref name="i"/> (followed by a space or the end of the line).</summary>
    public bool IsEntry(int i) => text[i] == '-' && (i + 1 == LineEnd || text[i + 1] == ' ');

    /// <summary>Whether the rest of the current line from <paramref name="i"/> is spaces and at most a comment after a space.</summary>
    public bool RestIsBlank(int i)
    {
        var j = SkipSpaces(i);
        return j == LineEnd || (text[j] == '#' && j > i);
    }

    /// <summary>The position of index <paramref name="i"/> of the current line.</summary>
    public Mark At(int i) => new(Line, i - LineStart + 1);
}
