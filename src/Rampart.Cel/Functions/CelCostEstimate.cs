namespace Rampart.Cel.Functions;

/// <summary>A range of cost units. Arithmetic saturates at <see cref="ulong.MaxValue"/> (unbounded).</summary>
public readonly record struct CelCostEstimate(ulong Min, ulong Max)
{
    public static CelCostEstimate Zero { get; } = new(0, 0);

    public bool IsUnbounded => Max == ulong.MaxValue;

    public static CelCostEstimate Exactly(ulong cost) => new(cost, cost);

    public CelCostEstimate Add(CelCostEstimate other) => new(SaturatingAdd(Min, other.Min), SaturatingAdd(Max, other.Max));

    public CelCostEstimate Multiply(CelSizeEstimate times) => new(SaturatingMultiply(Min, times.Min), SaturatingMultiply(Max, times.Max));

    /// <summary>The range that covers both (for branches: the cheaper minimum, the dearer maximum).</summary>
    public CelCostEstimate Union(CelCostEstimate other) => new(Math.Min(Min, other.Min), Math.Max(Max, other.Max));

    public override string ToString() => IsUnbounded ? $"{Min}..unbounded" : $"{Min}..{Max}";

    internal static ulong SaturatingAdd(ulong a, ulong b) => a > ulong.MaxValue - b ? ulong.MaxValue : a + b;

    internal static ulong SaturatingMultiply(ulong a, ulong b) => b != 0 && a > ulong.MaxValue / b ? ulong.MaxValue : a * b;
}
