namespace Rampart.Configuration;

/// <summary>
/// The <c>store</c> section of <c>rampart.yaml</c>: the findings store's SLA (days to fix per severity; null for a
/// severity given as <c>none</c>), how many days fixed findings and old scans are kept, the template of links to a
/// finding's file and line, and the name under which a cluster's admission decisions and audits are stored.
/// Only what the file sets is here; the store's defaults apply to the rest.
/// </summary>
public sealed record StoreSettings
{
    public static StoreSettings Default { get; } = new();

    /// <summary>The severities the file sets: days, or null for no due date.</summary>
    public IReadOnlyDictionary<string, int?> Sla { get; init; } = new Dictionary<string, int?>(StringComparer.Ordinal);

    public int? RetentionDays { get; init; }

    public string? LinkTemplate { get; init; }

    /// <summary>The repository name admission decisions and audits are stored under.</summary>
    public string? Cluster { get; init; }
}
