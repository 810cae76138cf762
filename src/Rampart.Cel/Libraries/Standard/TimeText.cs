using System.Collections.Concurrent;
using System.Globalization;
using Rampart.Cel.Values;

namespace Rampart.Cel.Libraries.Standard;

/// <summary>Reads RFC 3339 timestamps, Go-syntax durations (<c>1h2m3.5s</c>) and time zone names or offsets.</summary>
internal static class TimeText
{
    private const long NanosPerSecond = 1_000_000_000;

    /// <summary>How many zone names are remembered; names come from the data, so the cache must not grow without bound.</summary>
    internal const int ZoneCacheLimit = 256;

    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Zones = new(StringComparer.Ordinal);

    public static CelValue ParseTimestamp(string text)
    {
        var s = text.AsSpan();
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':'
            || !Digits(s[..4], out var year) || !Digits(s.Slice(5, 2), out var month) || !Digits(s.Slice(8, 2), out var day)
            || !Digits(s.Slice(11, 2), out var hour) || !Digits(s.Slice(14, 2), out var minute) || !Digits(s.Slice(17, 2), out var second))
        {
            return Invalid(text);
        }

        var rest = s[19..];
        long nanos = 0;
        if (rest.Length > 1 && rest[0] is '.' or ',' && char.IsAsciiDigit(rest[1]))
        {
            // Go reads any number of fraction digits and keeps nine.
            var n = 1;
            while (n < rest.Length && char.IsAsciiDigit(rest[n]))
            {
                n++;
            }

            var digits = rest[1..Math.Min(n, 10)];
            nanos = long.Parse(digits, CultureInfo.InvariantCulture) * (long)Math.Pow(10, 9 - digits.Length);
            rest = rest[n..];
        }

        long offset;
        if (rest.Length == 1 && rest[0] == 'Z')
        {
            offset = 0;
        }
        else if (rest.Length == 6 && rest[0] is '+' or '-' && rest[3] == ':' && Digits(rest.Slice(1, 2), out var oh) && Digits(rest.Slice(4, 2), out var om) && oh < 24 && om < 60)
        {
            offset = ((oh * 3600) + (om * 60)) * (rest[0] == '-' ? -1 : 1);
        }
        else
        {
            return Invalid(text);
        }

        if (month is < 1 or > 12 || day < 1 || day > CivilTime.DaysInMonth(year, (int)month) || hour > 23 || minute > 59 || second > 59)
        {
            return Invalid(text);
        }

        var seconds = (CivilTime.DaysFromCivil(year, (int)month, (int)day) * 86400) + (hour * 3600) + (minute * 60) + second - offset;
        var timestamp = CelTimestamp.FromNanoseconds(((Int128)seconds * NanosPerSecond) + nanos);
        return timestamp is CelTimestamp t ? t.WithOffset((int)offset) : timestamp;
    }

    public static CelValue ParseDuration(string text)
    {
        var s = text.AsSpan();
        var negative = false;
        if (s.Length > 0 && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s.SequenceEqual("0"))
        {
            return CelDuration.Zero;
        }

        if (s.IsEmpty)
        {
            return InvalidDuration(text);
        }

        Int128 total = 0;
        while (!s.IsEmpty)
        {
            var i = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            var whole = s[..i];
            var fraction = ReadOnlySpan<char>.Empty;
            if (i < s.Length && s[i] == '.')
            {
                var start = ++i;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    i++;
                }

                fraction = s[start..i];
            }

            if (whole.IsEmpty && fraction.IsEmpty)
            {
                return InvalidDuration(text);
            }

            var unitStart = i;
            while (i < s.Length && !char.IsAsciiDigit(s[i]) && s[i] != '.')
            {
                i++;
            }

            if (UnitNanos(s[unitStart..i]) is not { } unit)
            {
                return InvalidDuration(text);
            }

            // As Go reads it: any number of digits; a whole part past the range is an error, fraction digits
            // beyond nanosecond precision are dropped. Counting saturates, so no digit string can overflow.
            total += (Int128)SaturatingDigits(whole) * unit;
            if (!fraction.IsEmpty)
            {
                var digits = fraction[..Math.Min(fraction.Length, 18)];
                total += (Int128)SaturatingDigits(digits) * unit / (Int128)Math.Pow(10, digits.Length);
            }

            if (total > (Int128)long.MaxValue + 1)
            {
                return new CelError($"duration out of range: '{text}'");
            }

            s = s[i..];
        }

        return CelDuration.FromNanoseconds(negative ? -total : total);
    }

    /// <summary>The UTC offset of zone <paramref name="zone"/> at <paramref name="timestamp"/>; null for an unknown zone.</summary>
    public static long? OffsetSeconds(string zone, CelTimestamp timestamp)
    {
        // As Go's time.LoadLocation: the empty name and "UTC" are UTC; other names are IANA names, case and all.
        if (zone.Length == 0 || zone == "UTC")
        {
            return 0;
        }

        if (zone.Contains(':', StringComparison.Ordinal))
        {
            // An offset [+-]HH:MM; hours past 23 or minutes past 59 are no offset a clock shows.
            var z = zone.AsSpan();
            var sign = z[0] == '-' ? -1 : 1;
            z = z[0] is '+' or '-' ? z[1..] : z;
            return z.Length == 5 && z[2] == ':' && Digits(z[..2], out var h) && Digits(z[3..], out var m) && h < 24 && m < 60
                ? sign * ((h * 3600) + (m * 60))
                : null;
        }

        if (!Zones.TryGetValue(zone, out var info))
        {
            info = FindZone(zone);
            if (Zones.Count < ZoneCacheLimit)
            {
                Zones.TryAdd(zone, info);
            }
        }

        return info is null ? null : (long)info.GetUtcOffset(timestamp.ToDateTimeOffset().UtcDateTime).TotalSeconds;
    }

    /// <summary>The number of zone names remembered (for tests).</summary>
    internal static int CachedZones => Zones.Count;

    private static TimeZoneInfo? FindZone(string name)
    {
        try
        {
            // Go looks names up as files: exactly as written, and only IANA names.
            var zone = TimeZoneInfo.FindSystemTimeZoneById(name);
            return string.Equals(zone.Id, name, StringComparison.Ordinal) ? zone : null;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException or System.Security.SecurityException or IOException)
        {
            return null;
        }
    }

    private static long? UnitNanos(ReadOnlySpan<char> unit) => unit switch
    {
        "ns" => 1,
        "us" or "µs" or "μs" => 1_000,
        "ms" => 1_000_000,
        "s" => NanosPerSecond,
        "m" => 60 * NanosPerSecond,
        "h" => 3600 * NanosPerSecond,
        _ => null,
    };

    /// <summary>The value of a run of ASCII digits, or 2^63 + 1 when it is larger: any length, no overflow.</summary>
    private static ulong SaturatingDigits(ReadOnlySpan<char> digits)
    {
        const ulong Cap = 1UL << 63;
        ulong value = 0;
        foreach (var c in digits)
        {
            value = value > Cap / 10 ? Cap + 1 : (value * 10) + (ulong)(c - '0');
        }

        return value;
    }

    private static bool Digits(ReadOnlySpan<char> s, out long value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return !s.IsEmpty;
    }

    private static CelError Invalid(string text) => new($"invalid timestamp '{text}'");

    private static CelError InvalidDuration(string text) => new($"invalid duration '{text}'");
}
