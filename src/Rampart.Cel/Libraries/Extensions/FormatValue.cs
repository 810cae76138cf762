using System.Globalization;
using System.Text;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Extensions;

/// <summary>The text of a value under the <c>%s</c> clause: unquoted strings, bytes as text, lists and sorted maps.</summary>
internal static class FormatValue
{
    /// <summary>How deep lists and maps may nest in a <c>%s</c> argument.</summary>
    internal const int MaxDepth = 64;

    internal static readonly string TooLong = $"the result would be longer than {UnicodeText.MaxResultLength} characters";

    public static (string? Text, string? Error) ToText(CelValue value)
    {
        var builder = new StringBuilder();
        var error = Append(builder, value, 0);
        return error is null ? (builder.ToString(), null) : (null, error);
    }

    private static string? Append(StringBuilder builder, CelValue value, int depth)
    {
        if (depth > MaxDepth)
        {
            return "value is nested too deeply to format";
        }

        if (builder.Length > UnicodeText.MaxResultLength)
        {
            return TooLong;
        }

        switch (value)
        {
            case CelString s:
                builder.Append(s.Value);
                return null;
            case CelBool b:
                builder.Append(b.Value ? "true" : "false");
                return null;
            case CelInt i:
                builder.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                return null;
            case CelUInt u:
                builder.Append(u.Value.ToString(CultureInfo.InvariantCulture));
                return null;
            case CelDouble d:
                builder.Append(double.IsFinite(d.Value) ? GoNumberFormat.Shortest(d.Value) : GoNumberFormat.Fixed(d.Value, 0));
                return null;
            case CelBytes bytes:
                builder.Append(Encoding.UTF8.GetString(bytes.Span));
                return null;
            case CelNull:
                builder.Append("null");
                return null;
            case CelType type:
                builder.Append(type.Name);
                return null;
            case CelTimestamp timestamp:
                builder.Append(timestamp);
                return null;
            case CelDuration duration:
                builder.Append(DurationSeconds(duration)).Append('s');
                return null;
            case CelList list:
                return AppendList(builder, list, depth);
            case CelMap map:
                return AppendMap(builder, map, depth);
            case CelError error:
                return error.Message;
            default:
                return "string clause can only be used on strings, bools, bytes, ints, doubles, maps, lists, types, durations, and timestamps, was given " + value.Type.Name;
        }
    }

    private static string? AppendList(StringBuilder builder, CelList list, int depth) =>
        AppendList(builder, list, depth + 1, Append);

    /// <summary><c>[a, b]</c>, each element written by <paramref name="element"/>; stops at its first error.</summary>
    internal static string? AppendList(StringBuilder builder, CelList list, int depth, Func<StringBuilder, CelValue, int, string?> element)
    {
        builder.Append('[');
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            if (element(builder, list[i], depth) is { } error)
            {
                return error;
            }
        }

        builder.Append(']');
        return null;
    }

    private static string? AppendMap(StringBuilder builder, CelMap map, int depth)
    {
        var entries = new List<(string Key, string Value)>(map.Count);
        var length = (long)builder.Length;
        foreach (var key in map.Keys)
        {
            var keyText = new StringBuilder();
            var valueText = new StringBuilder();
            if (Append(keyText, key, depth + 1) is { } keyError)
            {
                return keyError;
            }

            if (!map.TryGetValue(key, out var value))
            {
                return "key missing from map: '" + keyText + "'";
            }

            if (Append(valueText, value, depth + 1) is { } valueError)
            {
                return valueError;
            }

            length += keyText.Length + valueText.Length;
            if (length > UnicodeText.MaxResultLength)
            {
                return TooLong;
            }

            entries.Add((keyText.ToString(), valueText.ToString()));
        }

        entries.Sort((a, b) => CompareUtf8(a.Key, b.Key));
        builder.Append('{');
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(entries[i].Key).Append(": ").Append(entries[i].Value);
        }

        builder.Append('}');
        return null;
    }

    /// <summary>Go's duration.Seconds() (whole seconds plus the fraction as a double), printed shortest.</summary>
    private static string DurationSeconds(CelDuration duration)
    {
        var seconds = (double)duration.Seconds + (duration.Nanos / 1e9);
        return GoNumberFormat.Shortest(seconds);
    }

    /// <summary>Byte-wise UTF-8 order, which is code point order.</summary>
    internal static int CompareUtf8(string a, string b)
    {
        var ea = a.EnumerateRunes();
        var eb = b.EnumerateRunes();
        while (true)
        {
            var ha = ea.MoveNext();
            var hb = eb.MoveNext();
            if (!ha || !hb)
            {
                return ha.CompareTo(hb);
            }

            var c = ea.Current.Value.CompareTo(eb.Current.Value);
            if (c != 0)
            {
                return c;
            }
        }
    }
}
