using System.Globalization;

namespace Rampart.Cel.Values;

/// <summary>
/// An instant with nanosecond precision, from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z.
/// </summary>
public sealed class CelTimestamp : CelValue
{
    /// <summary>0001-01-01T00:00:00Z in seconds since the Unix epoch.</summary>
    public const long MinSeconds = -62135596800;

    /// <summary>9999-12-31T23:59:59Z in seconds since the Unix epoch.</summary>
    public const long MaxSeconds = 253402300799;

    private const long NanosPerSecond = 1_000_000_000;

    private CelTimestamp(long seconds, int nanos, int offsetSeconds = 0)
    {
        Seconds = seconds;
        Nanos = nanos;
        OffsetSeconds = offsetSeconds;
    }

    /// <summary>Whole seconds since 1970-01-01T00:00:00Z (floor).</summary>
    public long Seconds { get; }

    /// <summary>Nanoseconds past <see cref="Seconds"/>, 0 to 999,999,999.</summary>
    public int Nanos { get; }

    /// <summary>
    /// The UTC offset the timestamp was written with (<c>+01:00</c> is 3600). It is kept for its string form, as Go's
    /// <c>time.Time</c> keeps its location; it takes no part in equality, ordering or arithmetic.
    /// </summary>
    public int OffsetSeconds { get; }

    public Int128 TotalNanoseconds => ((Int128)Seconds * NanosPerSecond) + Nanos;

    public override CelType Type => CelType.Timestamp;

    /// <summary>The timestamp <paramref name="nanoseconds"/> after the epoch, or an error when out of range.</summary>
    public static CelValue FromNanoseconds(Int128 nanoseconds)
    {
        var seconds = Int128.DivRem(nanoseconds, NanosPerSecond);
        var s = seconds.Quotient;
        var n = seconds.Remainder;
        if (n < 0)
        {
            s -= 1;
            n += NanosPerSecond;
        }

        return s < MinSeconds || s > MaxSeconds
            ? new CelError("timestamp out of range")
            : new CelTimestamp((long)s, (int)n);
    }

    /// <summary>The same instant, written with the UTC offset <paramref name="offsetSeconds"/>.</summary>
    public CelTimestamp WithOffset(int offsetSeconds) => offsetSeconds == OffsetSeconds ? this : new CelTimestamp(Seconds, Nanos, offsetSeconds);

    /// <summary>The timestamp <paramref name="nanoseconds"/> after the epoch, written with this one's UTC offset.</summary>
    public CelValue Shifted(Int128 nanoseconds) =>
        FromNanoseconds(TotalNanoseconds + nanoseconds) is CelTimestamp t ? t.WithOffset(OffsetSeconds) : new CelError("timestamp out of range");

    /// <summary>The timestamp at <paramref name="seconds"/> since the epoch, or an error when out of range.</summary>
    public static CelValue FromSeconds(long seconds, int nanos = 0) => FromNanoseconds(((Int128)seconds * NanosPerSecond) + nanos);

    public static CelTimestamp FromDateTimeOffset(DateTimeOffset value)
    {
        var ticks = value.UtcTicks - DateTime.UnixEpoch.Ticks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var rest);
        if (rest < 0)
        {
            seconds -= 1;
            rest += TimeSpan.TicksPerSecond;
        }

        return new CelTimestamp(seconds, (int)(rest * 100));
    }

    /// <summary>The instant as a <see cref="DateTimeOffset"/> in UTC (nanoseconds truncated to 100 ns ticks).</summary>
    public DateTimeOffset ToDateTimeOffset() =>
        new(DateTime.UnixEpoch.Ticks + (Seconds * TimeSpan.TicksPerSecond) + (Nanos / 100), TimeSpan.Zero);

    public override bool CelEquals(CelValue other) => other is CelTimestamp t && t.Seconds == Seconds && t.Nanos == Nanos;

    public override int CelHashCode() => HashCode.Combine(Seconds, Nanos);

    /// <summary>
    /// RFC 3339 with as many fractional digits as needed, in the offset it was written with, as Go's
    /// <c>RFC3339Nano</c> layout: <c>2009-02-13T23:31:30.5Z</c>, <c>2009-02-14T00:31:30+01:00</c>.
    /// </summary>
    public override string ToString()
    {
        var date = ToDateTimeOffset().UtcDateTime.AddSeconds(OffsetSeconds);
        var text = date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var fraction = Nanos == 0 ? string.Empty : "." + Nanos.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0');
        return text + fraction + OffsetText(OffsetSeconds);
    }

    private static string OffsetText(int offsetSeconds)
    {
        if (offsetSeconds == 0)
        {
            return "Z";
        }

        var minutes = Math.Abs(offsetSeconds) / 60;
        return string.Create(CultureInfo.InvariantCulture, $"{(offsetSeconds < 0 ? '-' : '+')}{minutes / 60:D2}:{minutes % 60:D2}");
    }
}
