using System.Globalization;

namespace Rampart.Cel.Values;

/// <summary>A signed 64-bit integer. Small values are cached: use <see cref="Of"/>.</summary>
public sealed class CelInt : CelValue
{
    private const int CacheLow = -128;
    private const int CacheHigh = 1024;
    private static readonly CelInt[] Cache = CreateCache();

    private CelInt(long value) => Value = value;

    public static CelInt Zero => Cache[-CacheLow];

    public static CelInt One => Cache[1 - CacheLow];

    public long Value { get; }

    public override CelType Type => CelType.Int;

    public static CelInt Of(long value) =>
        value is >= CacheLow and < CacheHigh ? Cache[value - CacheLow] : new CelInt(value);

    public override bool CelEquals(CelValue other) => other switch
    {
        CelInt i => i.Value == Value,
        CelUInt u => CelNumbers.Compare(Value, u.Value) == 0,
        CelDouble d => CelNumbers.Compare(Value, d.Value) == 0,
        _ => false,
    };

    public override int CelHashCode() => CelNumbers.Hash(Value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    private static CelInt[] CreateCache()
    {
        var cache = new CelInt[CacheHigh - CacheLow];
        for (var i = 0; i < cache.Length; i++)
        {
            cache[i] = new CelInt(i + CacheLow);
        }

        return cache;
    }
}
