using System.Globalization;

namespace Rampart.Cel.Values;

/// <summary>An IEEE 754 double. NaN equals nothing, itself included.</summary>
public sealed class CelDouble(double value) : CelValue
{
    public static CelDouble Zero { get; } = new(0.0);

    public double Value { get; } = value;

    public override CelType Type => CelType.Double;

    public static CelDouble Of(double value) => value == 0.0 && !double.IsNegative(value) ? Zero : new CelDouble(value);

    public override bool CelEquals(CelValue other) => other switch
    {
        CelDouble d => d.Value == Value,
        CelInt i => CelNumbers.Compare(i.Value, Value) == 0,
        CelUInt u => CelNumbers.Compare(u.Value, Value) == 0,
        _ => false,
    };

    public override int CelHashCode() => CelNumbers.Hash(Value);

    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}
