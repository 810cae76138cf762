using System.Text;

namespace Rampart.Loading;

/// <summary>
/// Reads a literal (<c>|</c>) or folded (<c>&gt;</c>) block scalar as YAML's reference scanner does: the indentation
/// of its first line with content, line breaks kept or folded, trailing breaks chomped (<c>-</c>, <c>+</c>). An
/// indentation indicator is left to the full parser.
/// </summary>
internal static class BlockScalarText
{
    /// <summary>
    /// Reads the block scalar whose indicator is at <paramref name="i"/> of the current line, inside a collection at
    /// column <paramref name="parent"/>; leaves the cursor on the line that ends it. False when it is not for this reader.
    /// </summary>
    public static bool Read(BlockCursor cursor, int i, int parent, StringBuilder value, out Mark end)
    {
        value.Clear();
        end = default;
        var text = cursor.Text;
        var literal = text[i] == '|';
        var j = i + 1;
        var chomp = 0;
        if (j < cursor.LineEnd && text[j] is '+' or '-')
        {
            chomp = text[j] == '+' ? 1 : -1;
            j++;
        }

        if ((j < cursor.LineEnd && text[j] is not ' ') || !cursor.RestIsBlank(j) || !cursor.HasBreak)
        {
            return false;
        }

        cursor.Advance();
        var indent = 0;
        var trailing = 0;
        var column = Breaks(cursor, ref indent, parent, ref trailing, out end);
        if (column < 0)
        {
            return false;
        }

        var leadingBreak = false;
        var leadingBlank = false;
        while (column == indent && !cursor.Done && cursor.LineStart + column < cursor.LineEnd)
        {
            var at = cursor.LineStart + column;
            var trailingBlank = text[at] == ' ';
            if (!literal && leadingBreak && !leadingBlank && !trailingBlank)
            {
                if (trailing == 0)
                {
                    value.Append(' ');
                }
            }
            else if (leadingBreak)
            {
                value.Append('\n');
            }

            value.Append('\n', trailing);
            trailing = 0;
            leadingBlank = trailingBlank;
            value.Append(text, at, cursor.LineEnd - at);
            if (!cursor.HasBreak)
            {
                return false;
            }

            leadingBreak = true;
            cursor.Advance();
            column = Breaks(cursor, ref indent, parent, ref trailing, out end);
        }

        if (chomp != -1 && leadingBreak)
        {
            value.Append('\n');
        }

        if (chomp == 1)
        {
            value.Append('\n', trailing);
        }

        return true;
    }

    /// <summary>
    /// Takes the blank lines from the current one, counting them in <paramref name="trailing"/>, and sets the
    /// indentation when it is still unknown; returns the column reached on the line that is not blank. Returns -1 when
    /// a line before the first line with content holds spaces: YamlDotNet rejects some of those that YAML allows, and
    /// the full parser decides.
    /// </summary>
    private static int Breaks(BlockCursor cursor, ref int indent, int parent, ref int trailing, out Mark end)
    {
        var text = cursor.Text;
        var widest = 0;
        int column;
        while (true)
        {
            end = new Mark(cursor.Line, 1);
            column = 0;
            while ((indent == 0 || column < indent) && cursor.LineStart + column < cursor.LineEnd && text[cursor.LineStart + column] == ' ')
            {
                column++;
            }

            widest = Math.Max(widest, column);
            if (cursor.Done || cursor.LineStart + column < cursor.LineEnd || !cursor.HasBreak)
            {
                break;
            }

            if (indent == 0 && column > 0)
            {
                return -1;
            }

            trailing++;
            cursor.Advance();
        }

        if (indent == 0)
        {
            indent = Math.Max(widest, Math.Max(parent + 1, 1));
        }

        return column;
    }
}
