namespace Rampart.Policies.Cel;

/// <summary>
/// A light scan of CEL source that knows where string literals and comments are and how brackets nest; enough
/// to split an expression at its top-level operators without parsing it.
/// </summary>
internal sealed class CelTextScanner
{
    private CelTextScanner(string text, int[] depth, int[] match)
    {
        Text = text;
        Depth = depth;
        Match = match;
    }

    public string Text { get; }

    /// <summary>Bracket depth before each character; -1 inside a string literal or a comment.</summary>
    public int[] Depth { get; }

    /// <summary>For each closing bracket, the index of its opening bracket; -1 elsewhere.</summary>
    public int[] Match { get; }

    /// <summary>Scans <paramref name="text"/>; null when its brackets or strings do not balance.</summary>
    public static CelTextScanner? Scan(string text)
    {
        var depth = new int[text.Length];
        var match = new int[text.Length];
        Array.Fill(match, -1);
        var stack = new Stack<int>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                var end = SkipString(text, i);
                if (end < 0)
                {
                    return null;
                }

                Array.Fill(depth, -1, i, end - i);
                i = end;
                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                var end = text.IndexOf('\n', i);
                end = end < 0 ? text.Length : end;
                Array.Fill(depth, -1, i, end - i);
                i = end;
                continue;
            }

            depth[i] = stack.Count;
            if (c is '(' or '[' or '{')
            {
                stack.Push(i);
            }
            else if (c is ')' or ']' or '}')
            {
                if (stack.Count == 0 || !Closes(text[stack.Peek()], c))
                {
                    return null;
                }

                match[i] = stack.Pop();
                depth[i] = stack.Count;
            }

            i++;
        }

        return stack.Count == 0 ? new CelTextScanner(text, depth, match) : null;
    }

    /// <summary>Whether <paramref name="at"/> is outside strings and comments at bracket depth <paramref name="level"/>.</summary>
    public bool IsAt(int at, int level) => Depth[at] == level;

    private static bool Closes(char open, char close) =>
        (open, close) is ('(', ')') or ('[', ']') or ('{', '}');

    /// <summary>The index just past the string literal starting at <paramref name="start"/>, or -1 when unterminated.</summary>
    private static int SkipString(string text, int start)
    {
        var quote = text[start];
        var raw = false;
        for (var p = start - 1; p >= 0 && p >= start - 2 && char.IsAsciiLetter(text[p]); p--)
        {
            raw |= text[p] is 'r' or 'R';
        }

        var triple = start + 2 < text.Length && text[start + 1] == quote && text[start + 2] == quote;
        var i = start + (triple ? 3 : 1);
        while (i < text.Length)
        {
            if (!raw && text[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (text[i] == quote && (!triple || (i + 2 < text.Length && text[i + 1] == quote && text[i + 2] == quote)))
            {
                return i + (triple ? 3 : 1);
            }

            i++;
        }

        return -1;
    }
}
