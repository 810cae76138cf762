using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Standard;

/// <summary>
/// Timestamp accessors (<c>getFullYear</c> ... <c>getMilliseconds</c>), in UTC or in a time zone given by IANA
/// name (<c>'America/New_York'</c>) or fixed offset (<c>'+05:30'</c>), and duration accessors.
/// </summary>
internal static class TimeFunctions
{
    private const long NanosPerMilli = 1_000_000;
    private const long NanosPerSecond = 1_000_000_000;

    private static readonly (string Name, Func<CelTimestamp, long, long> Get)[] TimestampParts =
    [
        ("getFullYear", (_, local) => Civil(local).Year),
        ("getMonth", (_, local) => Civil(local).Month - 1),
        ("getDate", (_, local) => Civil(local).Day),
        ("getDayOfMonth", (_, local) => Civil(local).Day - 1),
        ("getDayOfYear", (_, local) => Days(local) - CivilTime.DaysFromCivil(Civil(local).Year, 1, 1)),
        ("getDayOfWeek", (_, local) => (((Days(local) + 4) % 7) + 7) % 7),
        ("getHours", (_, local) => SecondOfDay(local) / 3600),
        ("getMinutes", (_, local) => SecondOfDay(local) / 60 % 60),
        ("getSeconds", (_, local) => SecondOfDay(local) % 60),
        ("getMilliseconds", (t, _) => t.Nanos / NanosPerMilli),
    ];

    /// <summary>Whole hours, minutes and seconds of a duration; milliseconds is the component past the second.</summary>
    private static readonly (string Name, Func<Int128, long> Get)[] DurationParts =
    [
        ("getHours", n => (long)(n / (3600 * NanosPerSecond))),
        ("getMinutes", n => (long)(n / (60 * NanosPerSecond))),
        ("getSeconds", n => (long)(n / NanosPerSecond)),
        ("getMilliseconds", n => (long)(n / NanosPerMilli)),
    ];

    public static void Register(CelEnvironmentBuilder builder)
    {
        foreach (var (name, get) in TimestampParts)
        {
            var id = "timestamp_" + name;
            builder.AddFunction(name, f => f
                .Member(id, CelType.Timestamp, CelType.Int, t => CelInt.Of(get((CelTimestamp)t, ((CelTimestamp)t).Seconds + ((CelTimestamp)t).OffsetSeconds)))
                .Member(id + "_with_tz", CelType.Timestamp, CelType.String, CelType.Int, (t, zone) => InZone((CelTimestamp)t, (CelString)zone, get)));
        }

        foreach (var (name, get) in DurationParts)
        {
            builder.AddFunction(name, f => f
                .Member("duration_" + name, CelType.Duration, CelType.Int, d => CelInt.Of(get(((CelDuration)d).TotalNanoseconds))));
        }
    }

    private static CelValue InZone(CelTimestamp timestamp, CelString zone, Func<CelTimestamp, long, long> get) =>
        TimeText.OffsetSeconds(zone.Value, timestamp) is { } offset
            ? CelInt.Of(get(timestamp, timestamp.Seconds + offset))
            : new CelError($"invalid time zone '{zone.Value}'");

    private static long Days(long localSeconds) => CivilTime.FloorDiv(localSeconds, 86400);

    private static long SecondOfDay(long localSeconds) => localSeconds - (Days(localSeconds) * 86400);

    private static (long Year, int Month, int Day) Civil(long localSeconds) => CivilTime.CivilFromDays(Days(localSeconds));
}
