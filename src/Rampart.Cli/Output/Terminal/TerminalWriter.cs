using System.Text;

namespace Rampart.Cli.Output.Terminal;

/// <summary>
/// Writes styled text to a report's writer: with colour, each run of one style between an SGR sequence and a reset;
/// without, the text alone, so that plain output holds nothing but the report's characters. Text is gathered and
/// handed on in blocks of some kilobytes at line ends (standard output flushes on every write it is given), and the
/// rest on <see cref="Flush"/>.
/// </summary>
internal sealed class TerminalWriter(TextWriter output, bool color, int width)
{
    private const int BlockSize = 32 * 1024;

    private readonly StringBuilder pending = new(BlockSize + 1024);

    /// <summary>The cells a line may take.</summary>
    public int Width { get; } = width;

    public void Write(string text, TextStyle style)
    {
        if (!color || style.IsPlain || text.Length == 0)
        {
            pending.Append(text);
            return;
        }

        pending.Append("\u001b[").Append(style.Codes).Append('m').Append(text).Append("\u001b[0m");
    }

    public void Write(char c, int count, TextStyle style = default)
    {
        if (count <= 0)
        {
            return;
        }

        if (!color || style.IsPlain)
        {
            pending.Append(c, count);
            return;
        }

        Write(new string(c, count), style);
    }

    public void WriteLine()
    {
        pending.Append('\n');
        if (pending.Length >= BlockSize)
        {
            Flush();
        }
    }

    /// <summary>Hands what was written so far to the report's writer.</summary>
    public void Flush()
    {
        output.Write(pending.ToString());
        pending.Clear();
    }

    /// <summary>Writes the tokens of a line, each run of one style once.</summary>
    public void Write(List<TextToken> line)
    {
        var i = 0;
        while (i < line.Count)
        {
            var style = line[i].Style;
            var end = i + 1;
            while (end < line.Count && line[end].Style == style)
            {
                end++;
            }

            if (end == i + 1)
            {
                Write(line[i].Text, style);
            }
            else
            {
                var run = new StringBuilder();
                for (var t = i; t < end; t++)
                {
                    run.Append(line[t].Text);
                }

                Write(run.ToString(), style);
            }

            i = end;
        }
    }

    /// <summary>Writes a paragraph wrapped to <see cref="Width"/>, every line ended.</summary>
    public void WriteParagraph(TextBlock text)
    {
        foreach (var line in text.Wrap(Width))
        {
            Write(line);
            WriteLine();
        }
    }

    public void WriteParagraph(string text, TextStyle style = default) =>
        WriteParagraph(new TextBlock(text, style));
}
