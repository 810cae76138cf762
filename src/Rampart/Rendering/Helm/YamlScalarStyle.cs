using System.Globalization;
using System.Text;
using Rampart.Loading;

namespace Rampart.Rendering.Helm;

/// <summary>How go-yaml v2 writes a string: plain, single-quoted, literal block or double-quoted, and its double-quoted escapes.</summary>
internal static class YamlScalarStyle
{
    /// <summary>'p' plain, '\'' single-quoted, '|' literal, '"' double-quoted.</summary>
    public static char Choose(string s, bool key)
    {
        var resolvesAsOther = s.Length == 0
            || ScalarResolver.Resolve(s, plain: true, tag: null).Kind != ScalarKind.String
            || YamlTimestamp.IsTimestamp(s)
            || IsBase60Float(s);
        var special = false;
        var leadingSpace = s.Length > 0 && s[0] == ' ';
        var trailingSpace = s.Length > 0 && s[^1] == ' ';
        var leadingBreak = s.Length > 0 && s[0] == '\n';
        var trailingBreak = s.Length > 0 && s[^1] == '\n';
        var spaceBreak = false;
        var breakSpace = false;
        var flowIndicators = false;
        var blockIndicators = false;
        var hasBreak = false;
        if (s.StartsWith("---", StringComparison.Ordinal) || s.StartsWith("...", StringComparison.Ordinal))
        {
            blockIndicators = flowIndicators = true;
        }

        var precededByWhitespace = true;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var followedByWhitespace = i + 1 >= s.Length || s[i + 1] is ' ' or '\t' or '\n' or '\r';
            if (i == 0)
            {
                switch (c)
                {
                    case '#' or ',' or '[' or ']' or '{' or '}' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`':
                        flowIndicators = blockIndicators = true;
                        break;
                    case '?' or ':':
                        flowIndicators = true;
                        blockIndicators |= followedByWhitespace;
                        break;
                    case '-' when followedByWhitespace:
                        flowIndicators = blockIndicators = true;
                        break;
                }
            }
            else
            {
                switch (c)
                {
                    case ',' or '?' or '[' or ']' or '{' or '}':
                        flowIndicators = true;
                        break;
                    case ':':
                        flowIndicators = true;
                        blockIndicators |= followedByWhitespace;
                        break;
                    case '#' when precededByWhitespace:
                        flowIndicators = blockIndicators = true;
                        break;
                }
            }

            if (!IsPrintable(c) || c == '\uFEFF')
            {
                special = true;
            }

            if (c == '\n')
            {
                hasBreak = true;
                if (i > 0 && s[i - 1] == ' ')
                {
                    spaceBreak = true;
                }

                if (i + 1 < s.Length && s[i + 1] == ' ')
                {
                    breakSpace = true;
                }
            }

            precededByWhitespace = c is ' ' or '\t' or '\n' or '\r';
        }

        var plainAllowed = !resolvesAsOther && !leadingSpace && !leadingBreak && !trailingSpace && !trailingBreak
            && !blockIndicators && !special && !spaceBreak && !breakSpace && !hasBreak;
        var singleAllowed = !special && !spaceBreak && !breakSpace && !(key && hasBreak);
        var blockAllowed = !special && !spaceBreak && !trailingSpace && !key;
        if (hasBreak && !resolvesAsOther && blockAllowed)
        {
            return '|';
        }

        if (plainAllowed)
        {
            return 'p';
        }

        if (resolvesAsOther || hasBreak || !singleAllowed)
        {
            return '"';
        }

        return '\'';
    }

    private static bool IsPrintable(char c) =>
        c == '\n' || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);

    private static bool IsBase60Float(string s)
    {
        var i = 0;
        if (i < s.Length && s[i] is '+' or '-')
        {
            i++;
        }

        if (i >= s.Length || !char.IsAsciiDigit(s[i]))
        {
            return false;
        }

        var colons = 0;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_'))
        {
            i++;
        }

        while (i < s.Length && s[i] == ':')
        {
            i++;
            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            if (i - start is < 1 or > 2 || (i - start == 2 && s[start] > '5'))
            {
                return false;
            }

            colons++;
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_'))
            {
                i++;
            }
        }

        return colons > 0 && i == s.Length;
    }

    public static string DoubleQuoted(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var r in s.EnumerateRunes())
        {
            var c = r.Value;
            switch (c)
            {
                case 0: sb.Append(@"\0"); break;
                case 7: sb.Append(@"\a"); break;
                case 8: sb.Append(@"\b"); break;
                case 9: sb.Append(@"\t"); break;
                case 10: sb.Append(@"\n"); break;
                case 11: sb.Append(@"\v"); break;
                case 12: sb.Append(@"\f"); break;
                case 13: sb.Append(@"\r"); break;
                case 27: sb.Append(@"\e"); break;
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append(@"\\"); break;
                case 0x85: sb.Append(@"\N"); break;
                case 0xA0: sb.Append(@"\_"); break;
                case 0x2028: sb.Append(@"\L"); break;
                case 0x2029: sb.Append(@"\P"); break;
                default:
                    if (c > 0xFFFF)
                    {
                        sb.Append(@"\U").Append(c.ToString("X8", CultureInfo.InvariantCulture));
                    }
                    else if (c < 0x20 || c == 0x7F || c == 0xFEFF)
                    {
                        sb.Append(c <= 0xFF ? @"\x" + c.ToString("X2", CultureInfo.InvariantCulture) : @"\u" + c.ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(r.ToString());
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }
}
