using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Configuration;

/// <summary>
/// Reads <c>scan.unscanned</c>: a mapping from an <see cref="UnscannedReason"/> (its camelCase name) to a severity.
/// Strict like the rest of the file: an unknown reason, an unknown severity or a blank value is an error at its line.
/// </summary>
internal static class UnscannedReader
{
    public static IReadOnlyDictionary<UnscannedReason, Severity> Read(ConfigReader reader, Node? node)
    {
        var severities = new Dictionary<UnscannedReason, Severity>();
        if (reader.Mapping(node, "scan.unscanned") is not { } map)
        {
            return severities;
        }

        foreach (var entry in map.Entries)
        {
            if (Reason(entry.KeyText) is not { } reason)
            {
                reader.Error(entry.Key, $"unknown reason '{entry.KeyText}' in scan.unscanned (expected one of: {string.Join(", ", Enum.GetValues<UnscannedReason>().Select(Name))})");
                continue;
            }

            var what = "scan.unscanned." + Name(reason);
            if (entry.Value is ScalarNode { Kind: ScalarKind.Null })
            {
                reader.Error(entry.Value, $"{what} needs a severity (critical, high, medium, low or info)");
            }
            else if (reader.Enum<Severity>(entry.Value, what) is { } severity)
            {
                severities[reason] = severity;
            }
        }

        return severities;
    }

    /// <summary>The configuration key of a reason: its name with a lower-case first letter.</summary>
    public static string Name(UnscannedReason reason)
    {
        var name = reason.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static UnscannedReason? Reason(string? key) =>
        Enum.GetValues<UnscannedReason>().Cast<UnscannedReason?>().FirstOrDefault(r => Name(r!.Value) == key);
}
