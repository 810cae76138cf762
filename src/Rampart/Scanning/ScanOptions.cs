using Rampart.Configuration;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Kubernetes.Schemas;
using Rampart.Ownership;

namespace Rampart.Scanning;

/// <summary>Everything one scan needs to know; the CLI and the tests build it, the engine never reads the environment.</summary>
public sealed record ScanOptions
{
    /// <summary>The folder (or file) to scan.</summary>
    public required string Root { get; init; }

    /// <summary>The analyzers to run (<see cref="Scanners.All"/> when empty).</summary>
    public IReadOnlySet<string> Scanners { get; init; } = new HashSet<string>(Scanning.Scanners.All, StringComparer.Ordinal);

    public RampartConfig Config { get; init; } = RampartConfig.Default;
    public DiscoveryOptions Discovery { get; init; } = DiscoveryOptions.Default;
    public SchemaOptions Schemas { get; init; } = new();

    /// <summary>Folders of user policies, added to the built-in pack (a policy with a built-in's id replaces it).</summary>
    public IReadOnlyList<string> PolicyDirectories { get; init; } = [];

    /// <summary>The default gate; <see cref="RampartConfig.Gate"/> is merged in by the caller.</summary>
    public GateThresholds Gate { get; init; } = GateThresholds.Default;

    public IPathOwners? PathOwners { get; init; }
    public Baseline? Baseline { get; init; }

    /// <summary>Where the baseline was read from, for reports.</summary>
    public string? BaselinePath { get; init; }

    /// <summary>The day waivers are checked against.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    public int Parallelism { get; init; } = Environment.ProcessorCount;
    public IProgress<ScanProgress>? Progress { get; init; }
}
