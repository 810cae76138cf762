using System.Globalization;

namespace Rampart.Cel.Values;

/// <summary>A signed span of time with nanosecond precision, within ±10,000 years (±315,576,000,000 s).</summary>
public sealed class CelDuration : CelValue
{
    /// <summary>The largest duration in seconds, about 10,000 years.</summary>
    public const long MaxSeconds = 315_576_000_000;

    private const long NanosPerSecond = 1_000_000_000;

    private CelDuration(Int128 totalNanoseconds) => TotalNanoseconds = totalNanoseconds;

    public static CelDuration Zero { get; } = new(0);

    public Int128 TotalNanoseconds { get; }

    /// <summary>Whole seconds, truncated toward zero.</summary>
    public long Seconds => (long)(TotalNanoseconds / NanosPerSecond);

    /// <summary>The nanoseconds past <see cref="Seconds"/>, with the same sign.</summary>
    public int Nanos => (int)(TotalNanoseconds % NanosPerSecond);

    public override CelType Type => CelType.Duration;

    /// <summary>The duration, or an error when it is beyond ±10,000 years.</summary>
    public static CelValue FromNanoseconds(Int128 nanoseconds)
    {
        var limit = (Int128)MaxSeconds * NanosPerSecond;
        return nanoseconds > limit || nanoseconds < -limit
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
