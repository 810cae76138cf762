using System.Globalization;

namespace Rampart.Store;

/// <summary>
/// The store's policy: days to fix per severity (the SLA; a severity without an entry has no due date) and how long
/// fixed findings and old scans are kept (null: for ever).
/// </summary>
public sealed record StoreOptions
{
    public static readonly StoreOptions Default = new();

    public IReadOnlyDictionary<string, int> SlaDays { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["critical"] = 7,
        ["high"] = 30,
        ["medium"] = 90,
    };

    public int? RetentionDays { get; init; }

    /// <summary>
    /// How a finding's file and line become a link in the dashboard, e.g.
    /// <c>https://git.example.com/{repository}/blob/{commit}/{path}#L{line}</c> (null: no links).
    /// </summary>
    public string? LinkTemplate { get; init; }

    /// <summary>The due date of a finding of <paramref name="severity"/> first seen at <paramref name="firstSeen"/> (Unix ms).</summary>
    public long? DueAt(string severity, long firstSeen) =>
        SlaDays.TryGetValue(severity, out var days) ? firstSeen + (days * 86_400_000L) : null;

    /// <summary>
    /// These options with the severities of <paramref name="sla"/> set: days, or no due date for null. Severities
    /// it does not name keep theirs.
    /// </summary>
    public StoreOptions WithSla(IReadOnlyDictionary<string, int?> sla)
    {
        var days = new Dictionary<string, int>(SlaDays, StringComparer.Ordinal);
        foreach (var (severity, value) in sla)
        {
            if (value is { } n)
            {
                days[severity] = n;
            }
            else
            {
                days.Remove(severity);
            }
        }

        return this with { SlaDays = days };
    }

    /// <summary>
    /// Reads <c>critical=7,high=30,medium=90,low=none</c> (the form of <c>RAMPART_SLA_DAYS</c> and <c>--sla</c>): days
    /// per severity, null for <c>none</c> (no due date). Returns an error message for anything else.
    /// </summary>
    public static (IReadOnlyDictionary<string, int?>? Days, string? Error) ParseSla(string text)
    {
        var days = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (kv.Length != 2 || !StoreValues.Severities.Contains(kv[0]))
            {
                return (null, $"'{part}' is not SEVERITY=DAYS (severities: {string.Join(", ", StoreValues.Severities)})");
            }

            if (kv[1] == "none")
            {
                days[kv[0]] = null;
                continue;
            }

            if (!int.TryParse(kv[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 36_500)
            {
                return (null, $"'{part}': days must be a whole number from 1 to 36500, or none");
            }

            days[kv[0]] = n;
        }

        return (days, null);
    }
}
