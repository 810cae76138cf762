using System.Text;

namespace Rampart.Cel.Libraries.Extensions;

/// <summary>
/// The string functions of cel-go's strings extension, on Unicode code points (not UTF-16 units),
/// with cel-go's range checks and error messages. Errors come back as text, never as exceptions.
/// </summary>
public static class UnicodeText
{
    /// <summary>The code points of a string; a lone surrogate counts as U+FFFD, as invalid UTF-8 does in Go.</summary>
    public static int[] CodePoints(string text)
    {
        var result = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            result.Add(rune.Value);
        }

        return [.. result];
    }

    /// <summary>The number of code points.</summary>
    public static int Length(string text)
    {
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            _ = rune;
            count++;
        }

        return count;
    }

    public static string FromCodePoints(ReadOnlySpan<int> codePoints)
    {
        var builder = new StringBuilder(codePoints.Length);
        foreach (var codePoint in codePoints)
        {
            builder.Append(char.ConvertFromUtf32(codePoint));
        }

        return builder.ToString();
    }

    public static (string? Value, string? Error) CharAt(string text, long index)
    {
        var points = CodePoints(text);
        if (index < 0 || index > points.Length)
        {
            return (null, OutOfRange(index));
        }

        return (index == points.Length ? string.Empty : char.ConvertFromUtf32(points[index]), null);
    }

    public static (long Value, string? Error) IndexOf(string text, string search) =>
        Length(search) > Length(text) ? (-1, null) : IndexOf(text, search, 0);

    public static (long Value, string? Error) IndexOf(string text, string search, long offset)
    {
        if (search.Length == 0)
        {
            return (offset, null);
        }

        var points = CodePoints(text);
        var needle = CodePoints(search);
        if (offset < 0 || offset >= points.Length)
        {
            return (-1, OutOfRange(offset));
        }

        for (var i = (int)offset; i <= points.Length - needle.Length; i++)
        {
            if (points.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return (i, null);
            }
        }

        return (-1, null);
    }

    public static (long Value, string? Error) LastIndexOf(string text, string search)
    {
        var length = Length(text);
        if (search.Length == 0)
        {
            return (length, null);
        }

        return Length(search) > length ? (-1, null) : LastIndexOf(text, search, length - 1);
    }

    public static (long Value, string? Error) LastIndexOf(string text, string search, long offset)
    {
        if (search.Length == 0)
        {
            return (offset, null);
        }

        var points = CodePoints(text);
        var needle = CodePoints(search);
        if (offset < 0 || offset >= points.Length)
        {
            return (-1, OutOfRange(offset));
        }

        var start = (int)Math.Min(offset, points.Length - needle.Length);
        for (var i = start; i >= 0; i--)
        {
            if (points.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return (i, null);
            }
        }

        return (-1, null);
    }

    public static (string? Value, string? Error) Substring(string text, long start)
    {
        var points = CodePoints(text);
        return start < 0 || start > points.Length
            ? (null, OutOfRange(start))
            : (FromCodePoints(points.AsSpan((int)start)), null);
    }

    public static (string? Value, string? Error) Substring(string text, long start, long end)
    {
        if (start > end)
        {
            return (null, $"invalid substring range. start: {start}, end: {end}");
        }

        var points = CodePoints(text);
        if (start < 0 || start > points.Length)
        {
            return (null, OutOfRange(start));
        }

        if (end < 0 || end > points.Length)
        {
            return (null, OutOfRange(end));
        }

        return (FromCodePoints(points.AsSpan((int)start, (int)(end - start))), null);
    }

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

    /// <summary>Go's strings.Replace: at most <paramref name="limit"/> replacements, all when negative.</summary>
    public static string Replace(string text, string old, string replacement, long limit = -1)
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

        var remaining = text;
        while (limit < 0 || parts.Count < limit - 1)
        {
            var index = remaining.IndexOf(separator, StringComparison.Ordinal);
            if (index < 0)
            {
                break;
            }

            parts.Add(remaining[..index]);
            remaining = remaining[(index + separator.Length)..];
        }

        parts.Add(remaining);
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

    private static string OutOfRange(long index) => $"index out of range: {index}";
}
