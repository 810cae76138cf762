using System.Text;
using Rampart.Cel.Values;

namespace Rampart.Cel.Parsing;

/// <summary>Maps character offsets of an expression to 1-based lines and columns (in code points) and excerpts.</summary>
internal sealed class SourceText
{
    private const int MaxExcerptLength = 160;
    private readonly List<int> lineStarts = [0];

    /// <summary>The offsets of the low halves of surrogate pairs, so that a column in code points costs a lookup, not a scan.</summary>
    private readonly List<int> pairEnds = [];

    public SourceText(string text)
    {
        Text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
            else if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                pairEnds.Add(++i);
            }
        }
    }

    public string Text { get; }

    public CelSourceLocation Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var start = lineStarts[line];

        // Code points from the line start: characters, less one for each pair wholly before the offset.
        var pairs = LowerBound(pairEnds, offset) - LowerBound(pairEnds, start + 1);
        return new CelSourceLocation(line + 1, offset - start - pairs + 1, offset);
    }

    private static int LowerBound(List<int> sorted, int value)
    {
        var found = sorted.BinarySearch(value);
        return found < 0 ? ~found : found;
    }

    public CelIssue Issue(string message, int offset)
    {
        var location = Locate(offset);
        return new CelIssue(message, location.Line, location.Column, Excerpt(location));
    }

    /// <summary>The line of <paramref name="location"/> and a caret under its column, each prefixed with " | ".</summary>
    public string Excerpt(CelSourceLocation location)
    {
        var start = lineStarts[location.Line - 1];
        var end = Text.IndexOf('\n', start);
        var line = (end < 0 ? Text[start..] : Text[start..end]).TrimEnd('\r');
        var column = location.Column - 1;
        if (line.Length > MaxExcerptLength)
        {
            // Show a window of the line around the column.
            var from = Math.Max(0, Math.Min(column - (MaxExcerptLength / 2), line.Length - MaxExcerptLength));
            line = line.Substring(from, MaxExcerptLength);
            column -= from;
        }

        var sb = new StringBuilder(" | ");
        foreach (var c in line)
        {
            sb.Append(c is '\t' ? ' ' : char.IsControl(c) ? '?' : c);
        }

        sb.Append("\n | ").Append('.', Math.Max(0, column)).Append('^');
        return sb.ToString();
    }
}
