namespace Rampart.Cli.Output.Terminal;

/// <summary>
/// Writes styled text to a report's writer: with colour, each run of one style between an SGR sequence and a reset;
/// without, the text alone, so that plain output holds nothing but the report's characters.
/// </summary>
internal sealed class TerminalWriter(TextWriter output, bool color, int width)
{
    /// <summary>The cells a line may take.</summary>
    public int Width { get; } = width;

    public void Write(string text, TextStyle style)
    {
        if (!color || style.IsPlain || text.Length == 0)
        {
            output.Write(text);
            return;
        }

        output.Write("\u001b[");
        output.Write(style.Codes);
        output.Write('m');
        output.Write(text);
        output.Write("\u001b[0m");
    }

    public void Write(char c, int count, TextStyle style = default)
    {
        if (count <= 0)
        {
            return;
        }

        Write(new string(c, count), style);
    }

    public void WriteLine() => output.Write('\n');

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
                var run = new System.Text.StringBuilder();
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
