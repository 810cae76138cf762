using System.Text;

namespace Rampart.Cel.Libraries.Extensions;

/// <summary>The editing half of <see cref="UnicodeText"/>: trim, ASCII casing, replace, split, reverse and quote.</summary>
public static partial class UnicodeText
{
    /// <summary>Removes leading and trailing white space as Go's unicode.IsSpace defines it.</summary>
    public static string Trim(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    /// <summary>Go's unicode.IsSpace (every white-space code point is in the BMP).</summary>
    public static bool IsSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u0085' or '\u00A0' or '\u1680' => true,
        >= '\u2000' and <= '\u200A' => true,
        '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
        _ => false,
    };

    public static string LowerAscii(string text) => MapAscii(text, 'A', 'Z', 32);

    public static string UpperAscii(string text) => MapAscii(text, 'a', 'z', -32);

    /// <summary>
    /// Go's strings.Replace: at most <paramref name="limit"/> replacements, all when negative. Null when the
    /// result would be longer than <see cref="MaxResultLength"/>.
    /// </summary>
    public static string? Replace(string text, string old, string replacement, long limit = -1)
    {
        if (old == replacement || limit == 0)
        {
            return text;
        }

        var count = Count(text, old);
        if (count == 0)
        {
            return text;
        }

        if (limit < 0 || count < limit)
        {
            limit = count;
        }

        if (text.Length + (limit * ((long)replacement.Length - old.Length)) > MaxResultLength)
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        var start = 0;
        for (var i = 0; i < limit; i++)
        {
            var j = start;
            if (old.Length == 0)
            {
                if (i > 0)
                {
                    j += char.IsHighSurrogate(text[start]) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]) ? 2 : 1;
                }
            }
            else
            {
                j += text.AsSpan(start).IndexOf(old, StringComparison.Ordinal);
            }

            builder.Append(text, start, j - start).Append(replacement);
            start = j + old.Length;
        }

        return builder.Append(text, start, text.Length - start).ToString();
    }

    /// <summary>Go's strings.SplitN: at most <paramref name="limit"/> parts (all when negative, none when zero).</summary>
    public static List<string> Split(string text, string separator, long limit = -1)
    {
        var parts = new List<string>();
        if (limit == 0)
        {
            return parts;
        }

        if (separator.Length == 0)
        {
            var points = CodePoints(text);
            var n = limit < 0 || limit > points.Length ? points.Length : (int)limit;
            for (var i = 0; i < n - 1; i++)
            {
                parts.Add(char.ConvertFromUtf32(points[i]));
            }

            if (n > 0)
            {
                parts.Add(FromCodePoints(points.AsSpan(n - 1)));
            }

            return parts;
        }

        var start = 0;
        while (limit < 0 || parts.Count < limit - 1)
        {
            var index = text.IndexOf(separator, start, StringComparison.Ordinal);
            if (index < 0)
            {
                break;
            }

            parts.Add(text[start..index]);
            start = index + separator.Length;
        }

        parts.Add(text[start..]);
        return parts;
    }

    /// <summary>The code points in reverse order.</summary>
    public static string Reverse(string text)
    {
        var points = CodePoints(text);
        Array.Reverse(points);
        return FromCodePoints(points);
    }

    /// <summary>cel-go's strings.quote: double quotes around the text with CEL escapes for \a \b \f \n \r \t \v \\ and \".</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.Value switch
            {
                '\a' => "\\a",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\v' => "\\v",
                '\\' => "\\\\",
                '"' => "\\\"",
                _ => rune.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static int Count(string text, string search)
    {
        if (search.Length == 0)
        {
            return Length(text) + 1;
        }

        var count = 0;
        var index = 0;
        while ((index = text.IndexOf(search, index, StringComparison.Ordinal)) >= 0)
        {
            count++;
            index += search.Length;
        }

        return count;
    }

    private static string MapAscii(string text, char from, char to, int shift)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] >= from && chars[i] <= to)
            {
                chars[i] = (char)(chars[i] + shift);
            }
        }

        return new string(chars);
    }
}
