using Rampart.Findings;

namespace Rampart.Configuration;

/// <summary>
/// The settings of <c>rampart.yaml</c> (and <c>.rampart/waivers.yaml</c>). Every part is optional; an
/// absent file means the defaults below.
/// </summary>
public sealed record RampartConfig
{
    public static RampartConfig Default { get; } = new();

    /// <summary>Threshold for findings no team owns, and for every finding when no team sets its own.</summary>
    public GateThresholds Gate { get; init; } = GateThresholds.None;
    public IReadOnlyList<TeamConfig> Teams { get; init; } = [];
    public IReadOnlyList<RoutingRule> Routing { get; init; } = [];
    public IReadOnlyList<WaiverConfig> Waivers { get; init; } = [];

    /// <summary>Teams whose members may approve any waiver; the owning team's members always may.</summary>
    public IReadOnlyList<string> WaiverApprovers { get; init; } = ["security"];

    /// <summary>Where CODEOWNERS is: null to detect it, "none" to ignore it, or a path.</summary>
    public string? CodeOwners { get; init; }
    /// <summary>"github", "gitlab" or null to detect.</summary>
    public string? CodeOwnersFlavor { get; init; }

    public IReadOnlyList<string> Scanners { get; init; } = [];
    public IReadOnlyList<string> Policies { get; init; } = [];
    public string? Schemas { get; init; }

    /// <summary>Severities set per reason for what could not be scanned (<c>scan.unscanned</c>); the rest stay high.</summary>
    public IReadOnlyDictionary<UnscannedReason, Severity> Unscanned { get; init; } = new Dictionary<UnscannedReason, Severity>();

    public TeamConfig? FindTeam(string owner) => Teams.FirstOrDefault(t => t.IsNamedBy(owner));

    public IEnumerable<TeamConfig> TeamsOf(Finding finding) =>
        Teams.Where(t => finding.Owners.Any(t.IsNamedBy));
}
