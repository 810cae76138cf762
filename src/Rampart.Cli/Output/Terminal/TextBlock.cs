namespace Rampart.Cli.Output.Terminal;

/// <summary>
/// Styled text of one or more lines, cut into words and runs of white space that are measured once, when appended.
/// <see cref="Wrap"/> lays it out in a given number of cells: words move to the next line whole, white space that does
/// not fit at the end of a line is dropped rather than carried to the next, and a word wider than the line is folded into pieces.
/// </summary>
internal sealed class TextBlock
{
    private readonly List<List<TextToken>> lines = [[]];
    private readonly List<int> lineWidths = [0];

    /// <summary>How many pieces of text were measured: once per word when appended, once per folded piece.</summary>
    public int Measurements { get; private set; }

    /// <summary>The cells of the widest line, unwrapped.</summary>
    public int Width { get; private set; }

    public TextBlock()
    {
    }

    public TextBlock(string text, TextStyle style) => Append(text, style);

    public static TextBlock Of(string text, TextStyle? style = null) => new(text, style ?? TextStyle.Plain);

    public TextBlock Append(string text, TextStyle style)
    {
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            AppendWords(text.AsSpan(start, (end < 0 ? text.Length : end) - start), style);
            if (end < 0)
            {
                return this;
            }

            lines.Add([]);
            lineWidths.Add(0);
            start = end + 1;
        }
    }

    private void AppendWords(ReadOnlySpan<char> text, TextStyle style)
    {
        var line = lines[^1];
        var i = 0;
        while (i < text.Length)
        {
            var white = char.IsWhiteSpace(text[i]);
            var end = i + 1;
            while (end < text.Length && char.IsWhiteSpace(text[end]) == white)
            {
                end++;
            }

            var token = Token(text[i..end].ToString(), style, white);
            line.Add(token);
            lineWidths[^1] += token.Width;
            Width = Math.Max(Width, lineWidths[^1]);
            i = end;
        }
    }

    private TextToken Token(string text, TextStyle style, bool white)
    {
        Measurements++;
        return new TextToken(text, style, CellWidth.Of(text), white);
    }

    /// <summary>The lines of this text in <paramref name="width"/> cells (none when the width is not positive).</summary>
    public List<List<TextToken>> Wrap(int width)
    {
        if (width <= 0)
        {
            return [];
        }

        if (Width <= width)
        {
            return lines;
        }

        var wrapped = new List<List<TextToken>>();
        var line = new List<TextToken>();
        var used = 0;
        void Break()
        {
            wrapped.Add(line);
            line = [];
            used = 0;
        }

        void Place(TextToken token)
        {
            if (used + token.Width > width)
            {
                Break();
                if (token.IsWhiteSpace)
                {
                    return;
                }
            }

            line.Add(token);
            used += token.Width;
        }

        for (var l = 0; l < lines.Count; l++)
        {
            if (l > 0)
            {
                Break();
            }

            foreach (var token in lines[l])
            {
                if (token.Width <= width)
                {
                    Place(token);
                    continue;
                }

                var pieces = Fold(token, width);
                if (line.Count > 0 && used + pieces[0].Width > width)
                {
                    Break();
                }

                foreach (var piece in pieces)
                {
                    Place(piece);
                }
            }
        }

        if (line.Count > 0)
        {
            wrapped.Add(line);
        }

        return wrapped;
    }

    /// <summary>A word wider than the line, in pieces of at most <paramref name="width"/> cells (a wide character whole).</summary>
    private List<TextToken> Fold(TextToken token, int width)
    {
        var pieces = new List<TextToken>();
        var text = token.Text;
        var start = 0;
        var cells = 0;
        var i = 0;
        while (i < text.Length)
        {
            var length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var cell = CellWidth.Of(text.AsSpan(i, length));
            if (cells + cell > width && i > start)
            {
                pieces.Add(Token(text[start..i], token.Style, token.IsWhiteSpace));
                start = i;
                cells = 0;
            }

            cells += cell;
            i += length;
        }

        pieces.Add(Token(text[start..], token.Style, token.IsWhiteSpace));
        return pieces;
    }
}
