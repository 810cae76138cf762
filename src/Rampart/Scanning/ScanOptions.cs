using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using Rampart.Artifacts;
using Rampart.Configuration;
using Rampart.Dependencies;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Kubernetes.Admission;
using Rampart.Kubernetes;
using Rampart.Ownership;
using Rampart.Rendering;
using Rampart.Schemas;

namespace Rampart.Scanning;

/// <summary>
/// Everything one scan needs to know, with flags, <c>rampart.yaml</c> and defaults already merged (see
/// <see cref="ScanSettings"/>, which builds it from a <see cref="ScanRequest"/>). The engine never reads the
/// environment or the command line.
/// </summary>
public sealed record ScanOptions
{
    /// <summary>What to scan.</summary>
    public required IArtifact Artifact { get; init; }

    /// <summary>The analyzers the scan may run.</summary>
    public AnalyzerRegistry Analyzers { get; init; } = BuiltInAnalyzers.Registry;

    /// <summary>The names of the analyzers to run; null for those <see cref="Analyzers"/> runs by default.</summary>
    public IReadOnlySet<string>? Scanners { get; init; }

    public RampartConfig Config { get; init; } = RampartConfig.Default;
    public DiscoveryOptions Discovery { get; init; } = DiscoveryOptions.Default;
    public SchemaOptions Schemas { get; init; } = new();

    /// <summary>Folders of user policies, added to the built-in pack (a policy with a built-in's id replaces it).</summary>
    public IReadOnlyList<string> PolicyDirectories { get; init; } = [];

    /// <summary>The vulnerability data and VEX documents of the <c>vuln</c> analyzer.</summary>
    public VulnerabilityOptions Vulnerabilities { get; init; } = VulnerabilityOptions.Default;

    /// <summary>The default gate, with <see cref="RampartConfig.Gate"/> merged in.</summary>
    public GateThresholds Gate { get; init; } = GateThresholds.Default;

    /// <summary>
    /// The admission attributes the objects loaded from files are checked under: for a scan, the CREATE of
    /// <see cref="AdmissionAttributes.Scan"/> (objects an artifact holds parsed bring their own).
    /// </summary>
    public AdmissionAttributes Admission { get; init; } = AdmissionAttributes.Scan;

    /// <summary>Path owners; null to find the artifact folder's CODEOWNERS as configured.</summary>
    public IPathOwners? PathOwners { get; init; }
    public Baseline? Baseline { get; init; }

    /// <summary>Where the baseline was read from, for reports.</summary>
    public string? BaselinePath { get; init; }

    /// <summary>The day waivers are checked against.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The sources of entry points the render stage asks (see <see cref="EntryPointSources"/>).</summary>
    public IReadOnlyList<IEntryPointSource> EntryPointSources { get; init; } = Rendering.EntryPointSources.All;

    public int Parallelism { get; init; } = Environment.ProcessorCount;
    public IProgress<ScanProgress>? Progress { get; init; }

    /// <summary>Where the stages say what they did and how long it took (debug), and what went wrong inside Rampart (error).</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>The analyzers this scan runs, in registry order.</summary>
    public IEnumerable<AnalyzerRegistration> SelectedAnalyzers
    {
        get
        {
            var names = Scanners ?? Analyzers.Defaults;
            return Analyzers.All.Where(r => names.Contains(r.Name));
        }
    }

    /// <summary>Options for scanning the folder (or file) at <paramref name="path"/> with everything else at its default.</summary>
    public static ScanOptions ForFolder(string path) => new() { Artifact = new DirectoryArtifact(path) };
}
