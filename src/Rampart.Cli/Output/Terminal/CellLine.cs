namespace Rampart.Cli.Output.Terminal;

/// <summary>One wrapped line of a cell: its width, and the line cut to its column when a wide character overhangs.</summary>
internal static class CellLine
{
    public static int Width(List<TextToken> line)
    {
        var width = 0;
        foreach (var token in line)
        {
            width += token.Width;
        }

        return width;
    }

    /// <summary>
    /// The line as it is when it fits; otherwise (a two-cell character folded into a one-cell column) the tokens that
    /// fit, so that no row is ever wider than the table.
    /// </summary>
    public static List<TextToken> Fit(List<TextToken> line, int width)
    {
        if (Width(line) <= width)
        {
            return line;
        }

        var fitted = new List<TextToken>();
        var used = 0;
        foreach (var token in line)
        {
            if (used + token.Width > width)
            {
                break;
            }

            fitted.Add(token);
            used += token.Width;
        }

        return fitted;
    }
}
