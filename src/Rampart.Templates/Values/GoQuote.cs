using System.Globalization;
using System.Text;

namespace Rampart.Templates.Values;

/// <summary>Go's strconv.Quote family: double-quoted Go string literals, as fmt's %q and error messages print them.</summary>
internal static class GoQuote
{
    public static string Quote(string s) => "\"" + Escape(s, '"') + "\"";

    /// <summary>strconv.QuoteToASCII.</summary>
    public static string QuoteAscii(string s) => "\"" + Escape(s, '"', asciiOnly: true) + "\"";

    /// <summary>strconv.QuoteRune.</summary>
    public static string QuoteRune(int r) =>
        "'" + Escape(Rune.IsValid(r) ? char.ConvertFromUtf32(r) : "\uFFFD", '\'') + "'";

    public static string Escape(string s, char quote, bool asciiOnly = false)
    {
        var sb = new StringBuilder(s.Length + 2);
        foreach (var rune in s.EnumerateRunes())
        {
            var r = rune.Value;
            if (r == quote || r == '\\')
            {
                sb.Append('\\').Append((char)r);
                continue;
            }

            if (asciiOnly ? r is >= 0x20 and < 0x7f : IsPrint(rune))
            {
                sb.Append(rune.ToString());
                continue;
            }

            switch (r)
            {
                case '\a': sb.Append("\\a"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\v': sb.Append("\\v"); break;
                default:
                    if (r < ' ' || r == 0x7f)
                    {
                        sb.Append("\\x").Append(r.ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else if (r < 0x10000)
                    {
                        sb.Append("\\u").Append(r.ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append("\\U").Append(r.ToString("x8", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.</summary>
    public static bool IsPrint(Rune r)
    {
        if (r.Value == ' ')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(r) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }
}
