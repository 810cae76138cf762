using System.Globalization;

namespace Rampart.Templates.Values;

/// <summary>
/// A number of a Go type other than <c>int</c> (a C# <see cref="long"/>) and <c>float64</c> (a <see cref="double"/>):
/// <c>int64</c>, <c>uint8</c>, <c>int32</c>, <c>time.Duration</c>… Signed kinds keep the value in <see cref="Int"/>, unsigned
/// ones in <see cref="Uint"/>, floating ones in <see cref="Float"/>.
/// </summary>
public sealed record GoNumber(GoType GoType, long Int, ulong Uint, double Float) : IGoValue
{
    public static GoNumber Signed(GoType type, long value) => new(type, value, unchecked((ulong)value), value);

    public static GoNumber Unsigned(GoType type, ulong value) => new(type, unchecked((long)value), value, value);

    public static GoNumber Floating(GoType type, double value) => new(type, (long)value, (ulong)Math.Max(0, value), value);

    public override string ToString() => GoType.Kind switch
    {
        >= GoKind.Uint and <= GoKind.Uintptr => Uint.ToString(CultureInfo.InvariantCulture),
        GoKind.Float32 or GoKind.Float64 => Float.ToString(CultureInfo.InvariantCulture),
        _ => Int.ToString(CultureInfo.InvariantCulture),
    };
}
