using System.Globalization;

namespace Rampart.Cel.Values;

/// <summary>
/// A signed span of time with nanosecond precision. The range is that of a signed 64-bit count of
/// nanoseconds (about ±292 years), as in cel-go and therefore Kubernetes; the conformance suite expects
/// a range error past it (e.g. for the difference between years 1 and 9999).
/// </summary>
public sealed class CelDuration : CelValue
{
    private const long NanosPerSecond = 1_000_000_000;

    private CelDuration(Int128 totalNanoseconds) => TotalNanoseconds = totalNanoseconds;

    public static CelDuration Zero { get; } = new(0);

    public Int128 TotalNanoseconds { get; }

    /// <summary>Whole seconds, truncated toward zero.</summary>
    public long Seconds => (long)(TotalNanoseconds / NanosPerSecond);

    /// <summary>The nanoseconds past <see cref="Seconds"/>, with the same sign.</summary>
    public int Nanos => (int)(TotalNanoseconds % NanosPerSecond);

    public override CelType Type => CelType.Duration;

    /// <summary>The duration, or an error when it is beyond the range of 64-bit nanoseconds.</summary>
    public static CelValue FromNanoseconds(Int128 nanoseconds)
    {
        return nanoseconds > long.MaxValue || nanoseconds < long.MinValue
            ? new CelError("duration out of range")
            : new CelDuration(nanoseconds);
    }

    public static CelValue FromTimeSpan(TimeSpan value) => FromNanoseconds((Int128)value.Ticks * 100);

    public override bool CelEquals(CelValue other) => other is CelDuration d && d.TotalNanoseconds == TotalNanoseconds;

    public override int CelHashCode() => TotalNanoseconds.GetHashCode();

    /// <summary>Seconds with a fraction as needed, as protobuf's JSON form writes durations: <c>1.5s</c>, <c>-60s</c>.</summary>
    public override string ToString()
    {
        var negative = TotalNanoseconds < 0;
        var abs = negative ? -TotalNanoseconds : TotalNanoseconds;
        var seconds = (long)(abs / NanosPerSecond);
        var nanos = (int)(abs % NanosPerSecond);
        var text = (negative ? "-" : string.Empty) + seconds.ToString(CultureInfo.InvariantCulture);
        if (nanos != 0)
        {
            text += "." + nanos.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0');
        }

        return text + "s";
    }
}
