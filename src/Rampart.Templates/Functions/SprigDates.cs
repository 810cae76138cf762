using System.Globalization;
using System.Text;
using Rampart.Templates.Values;
using static Rampart.Templates.Functions.Fn;

namespace Rampart.Templates.Functions;

/// <summary>Sprig's duration and date functions (times in UTC, as the corpus's oracle and a CI runner have them).</summary>
internal static partial class SprigDates
{
    private const long Second = 1_000_000_000;

    public static void AddTo(Dictionary<string, GoFunction> t)
    {
        AddTimeFunctions(t);
        t.Add(Make("duration", [Any], Str, a => Duration(a[0] switch
        {
            string s => Cast.Atoi(s),
            GoNumber { GoType.Name: "int64" } n => n.Int,
            _ => 0,
        } * Second)));
        t.Add(Make("durationRound", [Any], Str, a => DurationRound(a[0] switch
        {
            string s => ParseDuration(s),
            GoNumber { GoType.Name: "int64" } n => n.Int,
            _ => 0,
        })));
    }

    /// <summary>Go's time.Duration.String for whole seconds and above, and fractions below.</summary>
    public static string Duration(long d)
    {
        if (d == 0)
        {
            return "0s";
        }

        var neg = d < 0;
        var u = neg ? (ulong)-d : (ulong)d;
        var sb = new StringBuilder();
        if (u < (ulong)Second)
        {
            var (unit, div) = u < 1000 ? ("ns", 1UL) : u < 1_000_000 ? ("µs", 1000UL) : ("ms", 1_000_000UL);
            sb.Append(((decimal)u / div).ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
        else
        {
            var secs = u / (ulong)Second;
            var frac = u % (ulong)Second;
            var h = secs / 3600;
            var m = secs / 60 % 60;
            var s = secs % 60;
            if (h > 0)
            {
                sb.Append(h).Append('h');
            }

            if (h > 0 || m > 0)
            {
                sb.Append(m).Append('m');
            }

            sb.Append(s);
            if (frac > 0)
            {
                sb.Append('.').Append(frac.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0'));
            }

            sb.Append('s');
        }

        return (neg ? "-" : "") + sb;
    }

    private static long ParseDuration(string s)
    {
        long total = 0;
        var i = 0;
        var neg = s.StartsWith('-');
        if (neg || s.StartsWith('+'))
        {
            i++;
        }

        if (s == "0")
        {
            return 0;
        }

        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }

            if (!double.TryParse(s[start..i], NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
            {
                return 0;
            }

            var u = i;
            while (i < s.Length && !char.IsAsciiDigit(s[i]) && s[i] != '.')
            {
                i++;
            }

            double mult = s[u..i] switch
            {
                "ns" => 1,
                "us" or "µs" => 1e3,
                "ms" => 1e6,
                "s" => 1e9,
                "m" => 60e9,
                "h" => 3600e9,
                _ => double.NaN,
            };
            if (double.IsNaN(mult))
            {
                return 0;
            }

            total += (long)(n * mult);
        }

        return neg ? -total : total;
    }

    private static string DurationRound(long d)
    {
        var u = (ulong)Math.Abs(d);
        const ulong hour = 3600UL * Second, day = 24 * hour, month = 30 * day, year = 365 * day;
        return u switch
        {
            > year => u / year + "y",
            > month => u / month + "mo",
            > day => u / day + "d",
            > hour => u / hour + "h",
            > 60UL * Second => u / (60UL * Second) + "m",
            > (ulong)Second => u / (ulong)Second + "s",
            _ => "0s",
        };
    }
}
