using System.Globalization;
using System.Text;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Extensions;

/// <summary>
/// The text of a value under <c>%s</c> in the strings extension version Kubernetes pins (2), whose formatter prints
/// the elements of lists and maps as CEL literals: strings quoted as Go quotes them, bytes as <c>b"…"</c>, doubles
/// with six decimals (NaN and the infinities quoted: <c>"NaN"</c>, <c>"+Inf"</c>), timestamps and durations as
/// <c>timestamp("…")</c> and <c>duration("…")</c>, map entries as <c>key:value</c> sorted by the key's text. A value
/// on its own prints as its <c>string()</c> conversion.
/// </summary>
internal static class PinnedFormatValue
{
    public static (string? Text, string? Error) ToText(CelValue value)
    {
        switch (value)
        {
            case CelList or CelMap:
                var builder = new StringBuilder();
                var error = AppendAggregate(builder, value, 0);
                return error is null ? (builder.ToString(), null) : (null, error);
            case CelNull:
                return ("null", null);
            case CelBytes bytes:
                return Utf8(bytes) is { } text
                    ? (text, null)
                    : (null, "could not convert argument \"invalid UTF-8 in bytes, cannot convert to string\" to string");
            case CelString or CelBool or CelInt or CelUInt or CelDouble or CelTimestamp or CelDuration or CelType:
                return (Plain(value), null);
            default:
                return (null, "string clause can only be used on strings, bools, bytes, ints, doubles, maps, lists, types, durations, and timestamps, was given " + value.Type.Name);
        }
    }

    /// <summary>The <c>string()</c> conversion of a scalar, which a top-level <c>%s</c> prints.</summary>
    private static string Plain(CelValue value) => value switch
    {
        CelString s => s.Value,
        CelBool b => b.Value ? "true" : "false",
        CelInt i => i.Value.ToString(CultureInfo.InvariantCulture),
        CelUInt u => u.Value.ToString(CultureInfo.InvariantCulture),
        CelDouble d => Standard.GoFormat.FormatDouble(d.Value),
        CelType t => t.Name,
        _ => value.ToString()!,
    };

    private static string? Utf8(CelBytes bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes.Span);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string? AppendAggregate(StringBuilder builder, CelValue value, int depth)
    {
        if (depth > FormatValue.MaxDepth)
        {
            return "value is nested too deeply to format";
        }

        return value is CelList list ? AppendList(builder, list, depth) : AppendMap(builder, (CelMap)value, depth);
    }

    /// <summary>An element of a list or a map value, as a CEL literal.</summary>
    private static string? AppendElement(StringBuilder builder, CelValue value, int depth)
    {
        if (builder.Length > UnicodeText.MaxResultLength)
        {
            return FormatValue.TooLong;
        }

        switch (value)
        {
            case CelList or CelMap:
                return AppendAggregate(builder, value, depth + 1);
            case CelString s:
                builder.Append(GoQuote.Quote(s.Value));
                return null;
            case CelBytes bytes:
                if (Utf8(bytes) is not { } text)
                {
                    return "could not convert argument \"invalid UTF-8 in bytes, cannot convert to string\" to string";
                }

                builder.Append('b').Append(GoQuote.Quote(text));
                return null;
            case CelDouble d:
                builder.Append(double.IsNaN(d.Value) ? "\"NaN\"" : double.IsInfinity(d.Value) ? (d.Value > 0 ? "\"+Inf\"" : "\"-Inf\"") : GoNumberFormat.Fixed(d.Value, 6));
                return null;
            case CelTimestamp:
                builder.Append("timestamp(").Append(GoQuote.Quote(value.ToString()!)).Append(')');
                return null;
            case CelDuration:
                builder.Append("duration(").Append(GoQuote.Quote(value.ToString()!)).Append(')');
                return null;
            case CelNull:
                builder.Append("null");
                return null;
            case CelBool or CelInt or CelUInt or CelType:
                builder.Append(Plain(value));
                return null;
            case CelError error:
                return error.Message;
            default:
                return "no formatting function for " + value.Type.Name;
        }
    }

    private static string? AppendList(StringBuilder builder, CelList list, int depth) =>
        FormatValue.AppendList(builder, list, depth, AppendElement);

    private static string? AppendMap(StringBuilder builder, CelMap map, int depth)
    {
        var entries = new List<(string Key, string Value)>(map.Count);
        var length = (long)builder.Length;
        foreach (var key in map.Keys)
        {
            var keyText = key switch
            {
                CelString s => GoQuote.Quote(s.Value),
                CelBool or CelInt or CelUInt => Plain(key),
                _ => null,
            };
            if (keyText is null)
            {
                return "no formatting function for map key of type " + key.Type.Name;
            }

            if (!map.TryGetValue(key, out var value))
            {
                return "could not find key: " + keyText;
            }

            var valueText = new StringBuilder();
            if (AppendElement(valueText, value, depth) is { } valueError)
            {
                return valueError;
            }

            length += keyText.Length + valueText.Length;
            if (length > UnicodeText.MaxResultLength)
            {
                return FormatValue.TooLong;
            }

            entries.Add((keyText, valueText.ToString()));
        }

        // A stable sort by the key's text in byte order, as Go's sort.SliceStable with < on strings.
        var ordered = entries.Select((entry, position) => (entry, position)).ToList();
        ordered.Sort((a, b) => FormatValue.CompareUtf8(a.entry.Key, b.entry.Key) is var c && c != 0 ? c : a.position.CompareTo(b.position));
        builder.Append('{');
        for (var i = 0; i < ordered.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(ordered[i].entry.Key).Append(':').Append(ordered[i].entry.Value);
        }

        builder.Append('}');
        return null;
    }
}
