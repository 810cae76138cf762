using System.Globalization;

namespace Rampart.Cel.Values;

/// <summary>An unsigned 64-bit integer (<c>1u</c>). Small values are cached: use <see cref="Of"/>.</summary>
public sealed class CelUInt : CelValue
{
    private const int CacheSize = 256;
    private static readonly CelUInt[] Cache = CreateCache();

    private CelUInt(ulong value) => Value = value;

    public ulong Value { get; }

    public override CelType Type => CelType.UInt;

    public static CelUInt Of(ulong value) => value < CacheSize ? Cache[value] : new CelUInt(value);

    public override bool CelEquals(CelValue other) => other switch
    {
        CelUInt u => u.Value == Value,
        CelInt i => CelNumbers.Compare(i.Value, Value) == 0,
        CelDouble d => CelNumbers.Compare(Value, d.Value) == 0,
        _ => false,
    };

    public override int CelHashCode() => CelNumbers.Hash(Value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + "u";

    private static CelUInt[] CreateCache()
    {
        var cache = new CelUInt[CacheSize];
        for (var i = 0; i < cache.Length; i++)
        {
            cache[i] = new CelUInt((ulong)i);
        }

        return cache;
    }
}
