namespace Rampart.Cel.Functions;

/// <summary>
/// Bounds on the size of a value (code points of a string, bytes, elements of a list or map) known at compile
/// time, for the static cost estimate. <see cref="Unknown"/> when nothing bounds it.
/// </summary>
public readonly record struct CelSizeEstimate(ulong Min, ulong Max)
{
    /// <summary>A size nothing bounds.</summary>
    public static CelSizeEstimate Unknown { get; } = new(0, ulong.MaxValue);

    public static CelSizeEstimate Exactly(ulong size) => new(size, size);
}
