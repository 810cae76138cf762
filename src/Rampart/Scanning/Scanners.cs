using Rampart.Findings;

namespace Rampart.Scanning;

/// <summary>The analyzer families users select with <c>--scanners</c>.</summary>
public static class Scanners
{
    public const string Schema = "schema";
    public const string Policy = "policy";

    public static IReadOnlyList<string> All { get; } = [Schema, Policy];

    /// <summary>The error for a name that is not one of <see cref="All"/> (quoted, bounded).</summary>
    public static string UnknownMessage(string name) => $"unknown scanner {QuotedText.Of(name)} (expected: {string.Join(", ", All)})";

    /// <summary>Parses a comma-separated list; unknown names are returned for a usage error.</summary>
    public static (IReadOnlySet<string> Selected, IReadOnlyList<string> Unknown) Parse(IEnumerable<string> names)
    {
        var selected = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var name in names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var lower = name.ToLowerInvariant();
            if (All.Contains(lower))
            {
                selected.Add(lower);
            }
            else
            {
                unknown.Add(name);
            }
        }

        return (selected, unknown);
    }
}
