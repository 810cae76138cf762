using System.Text;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Extensions;

/// <summary>
/// The string functions of cel-go's strings extension, on Unicode code points (not UTF-16 units),
/// with cel-go's range checks and error messages. Errors come back as text, never as exceptions.
/// </summary>
public static partial class UnicodeText
{
    /// <summary>Hostile-input bound: the longest string (in UTF-16 code units) replace and join will build.</summary>
    public const int MaxResultLength = 1 << 24;

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

    /// <summary>True when every code point is one UTF-16 unit, so string indexes are code point indexes.</summary>
    private static bool IsSimple(string text) => !Utf16Surrogates.In(text);

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
        if (IsSimple(text))
        {
            return index < 0 || index > text.Length
                ? (null, OutOfRange(index))
                : (index == text.Length ? string.Empty : text.Substring((int)index, 1), null);
        }

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

        // As cel-go today: a negative offset is an error, an offset at or past the end finds nothing.
        if (offset < 0)
        {
            return (-1, OutOfRange(offset));
        }

        if (IsSimple(text) && IsSimple(search))
        {
            return offset >= text.Length ? (-1, null) : (text.IndexOf(search, (int)offset, StringComparison.Ordinal), null);
        }

        var points = CodePoints(text);
        var needle = CodePoints(search);
        if (offset >= points.Length)
        {
            return (-1, null);
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

        if (offset < 0)
        {
            return (-1, OutOfRange(offset));
        }

        if (IsSimple(text) && IsSimple(search))
        {
            if (offset >= text.Length)
            {
                return (-1, null);
            }

            var last = (int)Math.Min(offset, text.Length - search.Length);
            return (last < 0 ? -1 : text.AsSpan(0, last + search.Length).LastIndexOf(search, StringComparison.Ordinal), null);
        }

        var points = CodePoints(text);
        var needle = CodePoints(search);
        if (offset >= points.Length)
        {
            return (-1, null);
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
        if (IsSimple(text))
        {
            return start < 0 || start > text.Length ? (null, OutOfRange(start)) : (text[(int)start..], null);
        }

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

        if (IsSimple(text))
        {
            return start < 0 || start > text.Length ? (null, OutOfRange(start))
                : end < 0 || end > text.Length ? (null, OutOfRange(end))
                : (text[(int)start..(int)end], null);
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

    private static string OutOfRange(long index) => $"index out of range: {index}";
}
