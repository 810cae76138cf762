using System.Collections;
using System.Globalization;
using System.Numerics;
using Rampart.Templates.Parse;
using Rampart.Templates.Values;

namespace Rampart.Templates.Functions;

/// <summary>The conversions Sprig makes with spf13/cast and its own helpers (strval, toInt64, toFloat64).</summary>
internal static class Cast
{
    /// <summary>Sprig's strval: strings as they are, byte slices as text, Stringers by String(), the rest as %v.</summary>
    public static string Str(object? v) => v switch
    {
        string s => s,
        byte[] b => System.Text.Encoding.UTF8.GetString(b),
        _ => GoFormat.ToString(v),
    };

    public static long ToInt64(object? v) => v switch
    {
        null => 0,
        long l => l,
        double d => double.IsNaN(d) ? long.MinValue : d >= 9.2233720368547758E+18 || d < -9.2233720368547758E+18 ? long.MinValue : (long)d,
        bool b => b ? 1 : 0,
        string s => ParseInt(s),
        GoNumber n => n.GoType.Kind is GoKind.Float32 or GoKind.Float64 ? (long)n.Float : n.Int,
        _ => 0,
    };

    public static long ParseInt(string s)
    {
        s = TrimZeroDecimal(s);
        return GoNumberParser.TryParseInteger(s, out var big) && big >= long.MinValue && big <= long.MaxValue ? (long)big : 0;
    }

    private static string TrimZeroDecimal(string s)
    {
        var foundZero = false;
        for (var i = s.Length; i > 0; i--)
        {
            switch (s[i - 1])
            {
                case '.':
                    return foundZero ? s[..(i - 1)] : s;
                case '0':
                    foundZero = true;
                    break;
                default:
                    return s;
            }
        }

        return s;
    }

    public static double ToFloat64(object? v) => v switch
    {
        null => 0,
        long l => l,
        double d => d,
        bool b => b ? 1 : 0,
        string s => GoNumberParser.TryParseFloat(s, out var f) && double.IsFinite(f) ? f : 0,
        GoNumber n => n.GoType.Kind is GoKind.Float32 or GoKind.Float64 ? n.Float : n.GoType.Kind >= GoKind.Uint && n.GoType.Kind <= GoKind.Uintptr ? n.Uint : n.Int,
        _ => 0,
    };

    /// <summary>strconv.Atoi: 0 on any error.</summary>
    public static long Atoi(string s)
    {
        var t = s.StartsWith('+') ? s[1..] : s;
        return t.Length > 0 && t.AsSpan(t[0] == '-' ? 1 : 0).IndexOfAnyExceptInRange('0', '9') < 0 && t != "-"
            && BigInteger.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var b) && b >= long.MinValue && b <= long.MaxValue
            ? (long)b
            : 0;
    }

    public static GoNumber I64(long v) => GoNumber.Signed(GoTypes.Int64, v);

    /// <summary>A list view of a slice or array (any element type), or null.</summary>
    public static IList? List(object? v) => GoReflect.AsList(v);

    /// <summary>Sprig's empty: nil, zero numbers, false, empty strings, slices and maps.</summary>
    public static bool Empty(object? v) => !GoReflect.TruthOf(v) || v is GoPointer { Target: null };

    /// <summary>The items of a slice or array as an object array, or throws Go's panic text for another kind.</summary>
    public static object?[] MustList(object? v, string name)
    {
        if (List(v) is { } list)
        {
            var result = new object?[list.Count];
            list.CopyTo(result, 0);
            return result;
        }

        throw new TemplateFunctionException($"Cannot find {name} on type {TypeName(v)}");
    }

    public static string TypeName(object? v) => GoTypes.Of(v)?.Name ?? "<nil>";

    public static IDictionary<string, object?>? Map(object? v) => v as IDictionary<string, object?>;
}
