using System.Globalization;
using Rampart.Templates.Values;

namespace Rampart.Templates.Functions;

/// <summary>A Go time.Time: an instant shown in a zone (an offset and its abbreviation), printed as Go prints it.</summary>
internal sealed record GoTime(DateTimeOffset Instant, string ZoneName) : IGoValue
{
    public static readonly GoType Type = new GoType("time.Time", GoKind.Struct)
        .WithMethods(new GoMethod("String", [], false, GoTypes.String, false, (r, _) => ((GoTime)r).ToString()),
            new GoMethod("Unix", [], false, GoTypes.Int64, false, (r, _) => GoNumber.Signed(GoTypes.Int64, ((GoTime)r).Instant.ToUnixTimeSeconds())));

    /// <summary>Go's zero time, 0001-01-01 00:00:00 UTC.</summary>
    public static readonly GoTime Zero = new(new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero), "UTC");

    private static readonly Dictionary<string, (string Standard, string Daylight)> Abbreviations = new(StringComparer.Ordinal)
    {
        ["UTC"] = ("UTC", "UTC"),
        ["Etc/UTC"] = ("UTC", "UTC"),
        ["Asia/Tokyo"] = ("JST", "JDT"),
        ["Europe/Berlin"] = ("CET", "CEST"),
        ["Europe/Paris"] = ("CET", "CEST"),
        ["Europe/London"] = ("GMT", "BST"),
        ["America/New_York"] = ("EST", "EDT"),
        ["America/Chicago"] = ("CST", "CDT"),
        ["America/Los_Angeles"] = ("PST", "PDT"),
        ["Asia/Kolkata"] = ("IST", "IST"),
    };

    public GoType GoType => Type;

    /// <summary>The instant in zone <paramref name="zone"/> (an IANA name); UTC when the zone is unknown, as Sprig falls back.</summary>
    public GoTime In(string zone)
    {
        if (zone is "UTC" or "Local" or "")
        {
            return new GoTime(Instant.ToUniversalTime(), "UTC");
        }

        try
        {
            var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
            var local = TimeZoneInfo.ConvertTime(Instant, tz);
            var name = Abbreviations.TryGetValue(zone, out var abbr) ? (tz.IsDaylightSavingTime(local) ? abbr.Daylight : abbr.Standard) : GoTimeFormat.OffsetName(local.Offset);
            return new GoTime(local, name);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return new GoTime(Instant.ToUniversalTime(), "UTC");
        }
    }

    public override string ToString() => GoTimeFormat.Format(this, "2006-01-02 15:04:05.999999999 -0700 MST");

    public static GoTime FromUnix(long seconds) =>
        new(DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, -62135596800, 253402300799)), "UTC");

    public static string Offset(TimeSpan o) => (o < TimeSpan.Zero ? "-" : "+") + o.Duration().ToString("hhmm", CultureInfo.InvariantCulture);
}
