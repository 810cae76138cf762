namespace Rampart.Policies.Cel;

/// <summary>
/// The shape <c>G1 || … || Gn || L.all(x, B)</c> (or <c>… || !L.exists(x, B)</c>) of a validation that checks
/// every element of a list: when the whole expression is false, every guard is false and each element of
/// <c>L</c> for which <c>B</c> is false (true, for <c>!exists</c>) is a failure of its own. Rampart uses this to
/// report one finding per offending container, volume or rule, located at that element. Anything else is
/// evaluated as a whole.
/// </summary>
public sealed record ForEachPattern(IReadOnlyList<string> Guards, string List, string Item, string Body, bool Negated)
{
    private const string BinaryOperatorChars = "&|=<>+-*/%?:!";

    /// <summary>Recognizes the shape in <paramref name="expression"/>; null when it has another one.</summary>
    public static ForEachPattern? Match(string expression)
    {
        var text = StripParentheses(expression.Trim());
        var scan = CelTextScanner.Scan(text);
        if (scan is null || HasTopLevelTernary(scan))
        {
            return null;
        }

        var operands = SplitOr(scan);
        var (start, end) = operands[^1];
        var negated = false;
        if (text[start] == '!')
        {
            negated = true;
            start++;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        var call = MatchCall(scan, start, end, negated ? "exists" : "all");
        if (call is null)
        {
            return null;
        }

        var guards = operands.Take(operands.Count - 1).Select(o => text[o.Start..o.End].Trim()).ToList();
        return new ForEachPattern(guards, call.Value.List, call.Value.Item, call.Value.Body, negated);
    }

    private static string StripParentheses(string text)
    {
        while (text.Length > 1 && text[0] == '(' && text[^1] == ')')
        {
            var scan = CelTextScanner.Scan(text);
            if (scan is null || scan.Match[^1] != 0)
            {
                break;
            }

            text = text[1..^1].Trim();
        }

        return text;
    }

    private static bool HasTopLevelTernary(CelTextScanner scan)
    {
        var text = scan.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '?' && scan.IsAt(i, 0) && PreviousNonSpace(text, i) is not ('.' or '['))
            {
                return true;
            }
        }

        return false;
    }

    private static List<(int Start, int End)> SplitOr(CelTextScanner scan)
    {
        var text = scan.Text;
        var parts = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] == '|' && text[i + 1] == '|' && scan.IsAt(i, 0))
            {
                parts.Add(Trim(text, start, i));
                start = i + 2;
                i++;
            }
        }

        parts.Add(Trim(text, start, text.Length));
        return parts;
    }

    private static (string List, string Item, string Body)? MatchCall(CelTextScanner scan, int start, int end, string macro)
    {
        var text = scan.Text;
        if (end - start < 3 || text[end - 1] != ')' || scan.Match[end - 1] is var open && open <= start)
        {
            return null;
        }

        var nameEnd = open;
        while (nameEnd > start && char.IsWhiteSpace(text[nameEnd - 1]))
        {
            nameEnd--;
        }

        var nameStart = nameEnd - macro.Length;
        if (nameStart <= start || !text.AsSpan(nameStart, macro.Length).SequenceEqual(macro))
        {
            return null;
        }

        var dot = nameStart;
        while (dot > start && char.IsWhiteSpace(text[dot - 1]))
        {
            dot--;
        }

        if (dot <= start || text[dot - 1] != '.')
        {
            return null;
        }

        var list = text[start..(dot - 1)].Trim();
        if (list.Length == 0 || !IsPrimary(scan, start, dot - 1))
        {
            return null;
        }

        var level = scan.Depth[open] + 1;
        var comma = -1;
        for (var i = open + 1; i < end - 1; i++)
        {
            if (text[i] == ',' && scan.IsAt(i, level))
            {
                if (comma >= 0)
                {
                    return null; // a three-argument form
                }

                comma = i;
            }
        }

        if (comma < 0)
        {
            return null;
        }

        var item = text[(open + 1)..comma].Trim();
        var body = text[(comma + 1)..(end - 1)].Trim();
        return IsIdentifier(item) && body.Length > 0 ? (list, item, body) : null;
    }

    /// <summary>Whether the range holds no top-level operator: a member chain, a call, a literal, a parenthesized expression.</summary>
    private static bool IsPrimary(CelTextScanner scan, int start, int end)
    {
        var text = scan.Text;
        for (var i = start; i < end; i++)
        {
            if (scan.IsAt(i, 0) && (BinaryOperatorChars.Contains(text[i], StringComparison.Ordinal)
                || (char.IsWhiteSpace(text[i]) && i + 3 < end && text.AsSpan(i + 1, 2).SequenceEqual("in") && char.IsWhiteSpace(text[i + 3]))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIdentifier(string s) =>
        s.Length > 0 && (char.IsAsciiLetter(s[0]) || s[0] == '_') && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static char PreviousNonSpace(string text, int i)
    {
        for (var p = i - 1; p >= 0; p--)
        {
            if (!char.IsWhiteSpace(text[p]))
            {
                return text[p];
            }
        }

        return '\0';
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
