namespace Rampart.Cel.Values;

/// <summary>CEL's ordering (<c>&lt;</c>, <c>&lt;=</c>, ...) for the ordered types, across int, uint and double.</summary>
public static class CelComparison
{
    /// <summary>
    /// Orders <paramref name="a"/> and <paramref name="b"/>. False when the pair has no order: different
    /// non-numeric types, unordered types (lists, maps, null), or a NaN.
    /// </summary>
    public static bool TryCompare(CelValue a, CelValue b, out int order)
    {
        int? result = (a, b) switch
        {
            (CelInt x, CelInt y) => x.Value.CompareTo(y.Value),
            (CelUInt x, CelUInt y) => x.Value.CompareTo(y.Value),
            (CelDouble x, CelDouble y) => double.IsNaN(x.Value) || double.IsNaN(y.Value) ? null : x.Value.CompareTo(y.Value),
            (CelInt x, CelUInt y) => CelNumbers.Compare(x.Value, y.Value),
            (CelUInt x, CelInt y) => -CelNumbers.Compare(y.Value, x.Value),
            (CelInt x, CelDouble y) => CelNumbers.Compare(x.Value, y.Value),
            (CelDouble x, CelInt y) => -CelNumbers.Compare(y.Value, x.Value),
            (CelUInt x, CelDouble y) => CelNumbers.Compare(x.Value, y.Value),
            (CelDouble x, CelUInt y) => -CelNumbers.Compare(y.Value, x.Value),
            (CelString x, CelString y) => string.CompareOrdinal(x.Value, y.Value) is var c && HasSurrogates(x.Value, y.Value)
                ? CompareByCodePoint(x.Value, y.Value)
                : c,
            (CelBytes x, CelBytes y) => x.Span.SequenceCompareTo(y.Span),
            (CelBool x, CelBool y) => x.Value.CompareTo(y.Value),
            (CelTimestamp x, CelTimestamp y) => x.TotalNanoseconds.CompareTo(y.TotalNanoseconds),
            (CelDuration x, CelDuration y) => x.TotalNanoseconds.CompareTo(y.TotalNanoseconds),
            _ => null,
        };
        order = result is { } r ? Math.Sign(r) : 0;
        return result is not null;
    }

    private static bool HasSurrogates(string x, string y) =>
        Utf16Surrogates.In(x) || Utf16Surrogates.In(y);

    /// <summary>Orders by Unicode code point, which UTF-16 ordinal order gets wrong past U+FFFF.</summary>
    private static int CompareByCodePoint(string x, string y)
    {
        var ex = x.EnumerateRunes();
        var ey = y.EnumerateRunes();
        while (true)
        {
            var hx = ex.MoveNext();
            var hy = ey.MoveNext();
            if (!hx || !hy)
            {
                return hx.CompareTo(hy);
            }

            var c = ex.Current.Value.CompareTo(ey.Current.Value);
            if (c != 0)
            {
                return c;
            }
        }
    }
}
