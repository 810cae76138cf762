using System.Globalization;
using System.Text;

namespace Rampart.Templates.Functions;

/// <summary>Go's reference-time layouts (Mon Jan 2 15:04:05 MST 2006): formatting and parsing for the common elements.</summary>
internal static class GoTimeFormat
{
    private static readonly string[] Tokens =
    [
        "January", "Jan", "Monday", "Mon", "MST", "2006", "002", "01", "02", "03", "04", "05", "06", "__2", "_2", "15",
        "-07:00:00", "-070000", "-07:00", "-0700", "-07", "Z07:00:00", "Z070000", "Z07:00", "Z0700", "Z07", "PM", "pm",
        "1", "2", "3", "4", "5",
    ];

    private static (string? Token, int Length) Next(string layout, int i)
    {
        if (layout[i] is '.' or ',' && i + 1 < layout.Length && layout[i + 1] is '0' or '9')
        {
            var j = i + 1;
            while (j < layout.Length && layout[j] == layout[i + 1])
            {
                j++;
            }

            if (j >= layout.Length || !char.IsAsciiDigit(layout[j]))
            {
                return (layout[i..j], j - i);
            }
        }

        foreach (var t in Tokens)
        {
            if (string.CompareOrdinal(layout, i, t, 0, t.Length) == 0)
            {
                return (t, t.Length);
            }
        }

        return (null, 1);
    }

    public static string OffsetName(TimeSpan o) => o.Minutes == 0 ? (o < TimeSpan.Zero ? "-" : "+") + o.Duration().Hours.ToString("00", CultureInfo.InvariantCulture) : GoTime.Offset(o);

    public static string Format(GoTime t, string layout)
    {
        var d = t.Instant;
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        for (var i = 0; i < layout.Length;)
        {
            var (token, length) = Next(layout, i);
            if (token is null)
            {
                sb.Append(layout[i]);
                i++;
                continue;
            }

            var off = d.Offset;
            var utc = off == TimeSpan.Zero;
            sb.Append(token switch
            {
                "January" => d.ToString("MMMM", inv),
                "Jan" => d.ToString("MMM", inv),
                "Monday" => d.ToString("dddd", inv),
                "Mon" => d.ToString("ddd", inv),
                "MST" => t.ZoneName,
                "2006" => d.Year.ToString("0000", inv),
                "06" => (d.Year % 100).ToString("00", inv),
                "01" => d.Month.ToString("00", inv),
                "1" => d.Month.ToString(inv),
                "02" => d.Day.ToString("00", inv),
                "2" => d.Day.ToString(inv),
                "_2" => d.Day.ToString(inv).PadLeft(2),
                "002" => d.DayOfYear.ToString("000", inv),
                "__2" => d.DayOfYear.ToString(inv).PadLeft(3),
                "15" => d.Hour.ToString("00", inv),
                "03" => (d.Hour % 12 == 0 ? 12 : d.Hour % 12).ToString("00", inv),
                "3" => (d.Hour % 12 == 0 ? 12 : d.Hour % 12).ToString(inv),
                "04" => d.Minute.ToString("00", inv),
                "4" => d.Minute.ToString(inv),
                "05" => d.Second.ToString("00", inv),
                "5" => d.Second.ToString(inv),
                "PM" => d.Hour >= 12 ? "PM" : "AM",
                "pm" => d.Hour >= 12 ? "pm" : "am",
                "Z07:00" or "Z07:00:00" when utc => "Z",
                "Z0700" or "Z070000" or "Z07" when utc => "Z",
                "-07:00" or "Z07:00" or "-07:00:00" or "Z07:00:00" => GoTime.Offset(off).Insert(3, ":"),
                "-0700" or "Z0700" or "-070000" or "Z070000" => GoTime.Offset(off),
                "-07" or "Z07" => GoTime.Offset(off)[..3],
                _ => Fraction(d, token),
            });
            i += length;
        }

        return sb.ToString();
    }

    private static string Fraction(DateTimeOffset d, string token)
    {
        var digits = (d.Ticks % TimeSpan.TicksPerSecond * 100).ToString("000000000", CultureInfo.InvariantCulture);
        var n = token.Length - 1;
        if (token[1] == '9')
        {
            var trimmed = digits[..Math.Min(n, 9)].TrimEnd('0');
            return trimmed.Length == 0 ? "" : token[0] + trimmed;
        }

        return token[0] + digits[..Math.Min(n, 9)];
    }

    /// <summary>time.ParseInLocation in UTC: the time, or Go's error text.</summary>
    public static GoTime? Parse(string layout, string value, out string? error)
    {
        error = null;
        int year = 1, month = 1, day = 1, hour = 0, minute = 0, second = 0;
        var pm = false;
        var hasPm = false;
        var offset = TimeSpan.Zero;
        var j = 0;
        for (var i = 0; i < layout.Length;)
        {
            var (token, length) = Next(layout, i);
            if (token is null)
            {
                if (j >= value.Length || value[j] != layout[i])
                {
                    return Fail(layout, value, j, i, ref error);
                }

                i++;
                j++;
                continue;
            }

            int Number(int min, int max)
            {
                var start = j;
                while (j < value.Length && j - start < max && char.IsAsciiDigit(value[j]))
                {
                    j++;
                }

                return j - start < min ? -1 : int.Parse(value.AsSpan(start, j - start), CultureInfo.InvariantCulture);
            }

            var ok = true;
            switch (token)
            {
                case "2006": year = Number(4, 4); ok = year >= 0; break;
                case "01": month = Number(2, 2); ok = month is >= 1 and <= 12; break;
                case "1": month = Number(1, 2); ok = month is >= 1 and <= 12; break;
                case "02": day = Number(2, 2); ok = day >= 1; break;
                case "2" or "_2": day = Number(1, 2); ok = day >= 1; break;
                case "15": hour = Number(1, 2); ok = hour is >= 0 and < 24; break;
                case "03" or "3": hour = Number(1, 2); ok = hour is >= 1 and <= 12; break;
                case "04" or "4": minute = Number(1, 2); ok = minute is >= 0 and < 60; break;
                case "05" or "5": second = Number(1, 2); ok = second is >= 0 and < 60; break;
                case "PM" or "pm":
                    hasPm = true;
                    ok = j + 2 <= value.Length;
                    pm = ok && value.Substring(j, 2).Equals("PM", StringComparison.OrdinalIgnoreCase);
                    j += 2;
                    break;
                case "Z07:00" or "-07:00" or "Z0700" or "-0700":
                    if (token[0] == 'Z' && j < value.Length && value[j] == 'Z')
                    {
                        j++;
                        break;
                    }

                    var colon = token.Contains(':', StringComparison.Ordinal);
                    var len = colon ? 6 : 5;
                    ok = j + len <= value.Length && value[j] is '+' or '-';
                    if (ok)
                    {
                        var h = int.Parse(value.AsSpan(j + 1, 2), CultureInfo.InvariantCulture);
                        var m = int.Parse(value.AsSpan(j + (colon ? 4 : 3), 2), CultureInfo.InvariantCulture);
                        offset = new TimeSpan(h, m, 0) * (value[j] == '-' ? -1 : 1);
                        j += len;
                    }

                    break;
                default:
                    ok = false;
                    break;
            }

            if (!ok)
            {
                return Fail(layout, value, j, i, ref error, token);
            }

            i += length;
        }

        if (j != value.Length)
        {
            error = $"parsing time {Q(value)}: extra text: {Q(value[j..])}";
            return null;
        }

        if (hasPm && pm && hour < 12)
        {
            hour += 12;
        }

        try
        {
            var local = new DateTimeOffset(year, month, day, hour, minute, second, offset);
            return new GoTime(local.ToUniversalTime(), "UTC");
        }
        catch (ArgumentOutOfRangeException)
        {
            error = $"parsing time {Q(value)}: day out of range";
            return null;
        }
    }

    private static GoTime? Fail(string layout, string value, int j, int i, ref string? error, string? token = null)
    {
        error = $"parsing time {Q(value)} as {Q(layout)}: cannot parse {Q(value[Math.Min(j, value.Length)..])} as {Q(token ?? layout[i..])}";
        return null;
    }

    private static string Q(string s) => Values.GoQuote.Quote(s);
}
