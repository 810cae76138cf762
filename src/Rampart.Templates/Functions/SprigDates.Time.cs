using Rampart.Templates.Values;
using static Rampart.Templates.Functions.Fn;

namespace Rampart.Templates.Functions;

internal static partial class SprigDates
{
    private static void AddTimeFunctions(Dictionary<string, GoFunction> t)
    {
        var time = GoTime.Type;
        t.Add(Make("now", [], time, _ => new GoTime(DateTimeOffset.UtcNow, "UTC")));
        t.Add(Make("ago", [Any], Str, a => Duration((long)Math.Round((DateTimeOffset.UtcNow - TimeOf(a[0]).Instant).TotalSeconds) * Second)));
        t.Add(Make("date", [Str, Any], Str, a => GoTimeFormat.Format(TimeOf(a[1]).In("UTC"), (string)a[0]!)));
        t.Add(Make("dateInZone", [Str, Any, Str], Str, a => GoTimeFormat.Format(TimeOf(a[1]).In((string)a[2]!), (string)a[0]!)));
        t.Add(Make("date_in_zone", [Str, Any, Str], Str, a => GoTimeFormat.Format(TimeOf(a[1]).In((string)a[2]!), (string)a[0]!)));
        t.Add(Make("htmlDate", [Any], Str, a => GoTimeFormat.Format(TimeOf(a[0]).In("UTC"), "2006-01-02")));
        t.Add(Make("htmlDateInZone", [Any, Str], Str, a => GoTimeFormat.Format(TimeOf(a[0]).In((string)a[1]!), "2006-01-02")));
        t.Add(Make("dateModify", [Str, time], time, a => ParseDurationChecked((string)a[0]!) is { } d ? Add((GoTime)a[1]!, d) : a[1]));
        t.Add(Make("date_modify", [Str, time], time, a => ParseDurationChecked((string)a[0]!) is { } d ? Add((GoTime)a[1]!, d) : a[1]));
        t.Add(Make("mustDateModify", [Str, time], time, a => ParseDurationChecked((string)a[0]!) is { } d
            ? Add((GoTime)a[1]!, d)
            : throw new TemplateFunctionException($"time: invalid duration {GoQuote.Quote((string)a[0]!)}")));
        t.Add(Make("toDate", [Str, Str], time, a => GoTimeFormat.Parse((string)a[0]!, (string)a[1]!, out _) ?? GoTime.Zero));
        t.Add(Make("mustToDate", [Str, Str], time, a => GoTimeFormat.Parse((string)a[0]!, (string)a[1]!, out var e) ?? throw new TemplateFunctionException(e!)));
        t.Add(Make("unixEpoch", [time], Str, a => ((GoTime)a[0]!).Instant.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static GoTime Add(GoTime t, long nanos) => t with { Instant = t.Instant.AddTicks(nanos / 100) };

    private static GoTime TimeOf(object? v) => v switch
    {
        GoTime t => t,
        GoPointer { Target: GoTime t } => t,
        long l => GoTime.FromUnix(l),
        GoNumber { GoType.Kind: GoKind.Int64 or GoKind.Int32 } n => GoTime.FromUnix(n.Int),
        _ => new GoTime(DateTimeOffset.UtcNow, "UTC"),
    };

    private static long? ParseDurationChecked(string s)
    {
        var d = ParseDuration(s);
        return d == 0 && s.Trim('0', '+', '-', '.', 's', 'm', 'h') != "" && !System.Text.RegularExpressions.Regex.IsMatch(s, @"^[-+]?([0-9]*(\.[0-9]*)?(ns|us|µs|ms|s|m|h))+$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)) ? null : d;
    }
}
