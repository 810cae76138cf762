using System.Text;
using Rampart.Cel.Values;

namespace Rampart.Cel.Parsing;

/// <summary>Maps character offsets of an expression to 1-based lines and columns (in code points) and excerpts.</summary>
internal sealed class SourceText
{
    private const int MaxExcerptLength = 160;
    private readonly List<int> lineStarts = [0];

    public SourceText(string text)
    {
        Text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
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
        var column = CelString.CountCodePoints(Text[start..offset]) + 1;
        return new CelSourceLocation(line + 1, column, offset);
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
