using Rampart.Dependencies.Inventory;
using Rampart.Findings;
using Rampart.Gate;

namespace Rampart.Reporting;

/// <summary>Everything a report writer needs: the decided findings, the rules they refer to, the gate.</summary>
public sealed record ScanReport
{
    public string ToolName { get; init; } = "rampart";
    public required string ToolVersion { get; init; }
    /// <summary>What was scanned, as the user named it (a directory, an image, an object).</summary>
    public required string Target { get; init; }
    public required IReadOnlyList<Finding> Findings { get; init; }
    public required IReadOnlyList<RuleDescriptor> Rules { get; init; }
    public required GateResult Gate { get; init; }
    public int FilesScanned { get; init; }
    public int ResourcesScanned { get; init; }

    /// <summary>The files by outcome: manifests checked, not rendered, without Kubernetes objects, not scanned.</summary>
    public ScanCoverage Coverage { get; init; } = ScanCoverage.None;
    public DateTimeOffset StartedAt { get; init; }
    public TimeSpan Duration { get; init; }

    /// <summary>
    /// The baseline file the scan was compared with, or null. When set, reports tell new findings from
    /// baselined ones (SARIF <c>baselineState</c>).
    /// </summary>
    public string? Baseline { get; init; }

    /// <summary>The packages of the lockfiles the scan read (the <c>vuln</c> analyzer), ordered by path: what the SBOM formats list.</summary>
    public IReadOnlyList<LockfileInventory> Inventory { get; init; } = [];

    /// <summary>Set by <c>--diff</c>: the base revision and the findings the change fixed.</summary>
    public DiffSummary? Diff { get; init; }
}
