namespace Rampart.Configuration;

/// <summary>
/// <c>scan.limits</c> in rampart.yaml: the bounds of the walk that the remediations of the findings about them name.
/// Null keeps the default of <c>Rampart.Discovery.DiscoveryOptions</c>.
/// </summary>
public sealed record ScanLimits
{
    public static ScanLimits Default { get; } = new();

    /// <summary><c>scan.limits.maxFileBytes</c>: files larger than this are neither scanned nor loaded (RMP-DISC-001, RMP-LOAD-007).</summary>
    public long? MaxFileBytes { get; init; }

    /// <summary><c>scan.limits.maxFiles</c>: the walk stops after this many files (RMP-DISC-005).</summary>
    public int? MaxFiles { get; init; }

    /// <summary><c>scan.limits.maxFolderDepth</c>: folders nested deeper below the scan root are not entered (RMP-DISC-006).</summary>
    public int? MaxFolderDepth { get; init; }
}
