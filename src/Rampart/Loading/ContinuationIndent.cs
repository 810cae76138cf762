using System.Text;
using YamlDotNet.Core;

namespace Rampart.Loading;

/// <summary>
/// Continuation lines indented less than YAML requires, in the two shapes Kubernetes' parser reads and YamlDotNet does
/// not: a double-quoted scalar, and a flow collection (<c>limits: {cpu: 100m,</c> then <c>memory: 128Mi}</c> no deeper
/// than the key). YAML says such lines must be indented more than the block they are in; the parser Kubernetes uses
/// (like libyaml and PyYAML) does not check it. Folding drops a quoted line's leading white space, and white space
/// between flow entries means nothing, so indenting those lines changes no value: <see cref="Repair"/> does that and the
/// document is parsed again. Lines are neither added nor removed, so every line number stays true.
/// </summary>
internal static class ContinuationIndent
{
    /// <summary>Where the scalar or collection starts: the index of its opening quote or bracket, and its column (from 1).</summary>
    public readonly record struct Site(int Index, int Column);

    /// <summary>The opening quote of the scalar <paramref name="e"/> complains of, when it complains of its indentation.</summary>
    public static Site? OfQuoted(YamlException e) =>
        e is SyntaxErrorException && e.Message.Contains("double-quoted scalar, found wrong indentation", StringComparison.Ordinal)
            ? new Site((int)e.Start.Index, (int)e.Start.Column)
            : null;

    /// <summary>
    /// The outermost flow collection left open on the line of <paramref name="index"/> (where YamlDotNet stood when it
    /// failed), or null.
    /// </summary>
    public static Site? OfFlow(string text, int index)
    {
        if (index < 0 || index > text.Length)
        {
            return null;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var openers = new Stack<int>();
        for (var i = lineStart; i < text.Length && text[i] != '\n'; i++)
        {
            switch (text[i])
            {
                case '"' or '\'':
                    i = Closing(text, i);
                    if (i < 0)
                    {
                        return null;
                    }

                    break;
                case '#' when i == lineStart || text[i - 1] is ' ' or '\t':
                    i = text.IndexOf('\n', i) is var end and >= 0 ? end - 1 : text.Length - 1;
                    break;
                case '{' or '[':
                    openers.Push(i);
                    break;
                case '}' or ']' when openers.Count > 0:
                    openers.Pop();
                    break;
            }
        }

        return openers.Count == 0 ? null : openers.Last() is var outer ? new Site(outer, outer - lineStart + 1) : null;
    }

    /// <summary>
    /// <paramref name="text"/> with every continuation line of what opens at <paramref name="site"/> indented to its
    /// column (deeper than any block it can be in), the spaces put on each line added to <paramref name="indented"/>
    /// (line from 1 → spaces); null when it never closes, when none of its lines needs indenting, or when a line of it
    /// starts a document (YAML ends the document there, so it cannot be read as Kubernetes reads it).
    /// </summary>
    public static string? Repair(string text, Site site, Dictionary<int, int> indented)
    {
        if (site.Index >= text.Length || text[site.Index] is not ('"' or '{' or '['))
        {
            return null;
        }

        var end = text[site.Index] == '"' ? Closing(text, site.Index) : Matching(text, site.Index);
        if (end < 0)
        {
            return null;
        }

        var line = 1 + LineBreaks(text.AsSpan(0, site.Index));
        var added = new List<(int Line, int Spaces)>();
        var result = new StringBuilder(text.Length + 64);
        result.Append(text, 0, site.Index + 1);
        var i = site.Index + 1;
        while (i <= end)
        {
            var c = text[i];
            result.Append(c);
            i++;
            if (DocumentSplitter.EndsLine(text, i - 1))
            {
                line++;
                if (DocumentSplitter.StartsDocument(text, i))
                {
                    return null;
                }

                var spaces = 0;
                while (i + spaces < text.Length && text[i + spaces] is ' ' or '\t')
                {
                    spaces++;
                }

                var pad = Math.Max(0, site.Column - spaces);
                result.Append(' ', pad);
                added.Add((line, pad));
            }
        }

        if (added.All(a => a.Spaces == 0))
        {
            // Nothing to indent: parsing the same text again would fail the same way.
            return null;
        }

        result.Append(text, i, text.Length - i);
        foreach (var (at, spaces) in added)
        {
            indented[at] = indented.GetValueOrDefault(at) + spaces;
        }

        return result.ToString();
    }

    /// <summary>The index of the quote that closes the one at <paramref name="open"/> (<c>\</c> escapes in double quotes, <c>''</c> in single), or -1.</summary>
    private static int Closing(string text, int open)
    {
        var quote = text[open];
        for (var i = open + 1; i < text.Length; i++)
        {
            if (quote == '"' && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the bracket that closes the flow collection opened at <paramref name="open"/>, or -1.</summary>
    private static int Matching(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"' or '\'':
                    i = Closing(text, i);
                    if (i < 0)
                    {
                        return -1;
                    }

                    break;
                case '#' when text[i - 1] is ' ' or '\t' or '\n':
                    i = text.IndexOf('\n', i) is var end and >= 0 ? end - 1 : text.Length - 1;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    if (--depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return -1;
    }

    /// <summary>The line breaks in <paramref name="text"/>, as the parser counts lines.</summary>
    private static int LineBreaks(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            count += DocumentSplitter.EndsLine(text, i) ? 1 : 0;
        }

        return count;
    }
}
