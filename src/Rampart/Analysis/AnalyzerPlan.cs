using Rampart.Discovery;
using Rampart.Findings;

namespace Rampart.Analysis;

/// <summary>
/// An analyzer on its way to being built for one scan. Planning happens before the repository is read: the
/// analyzer loads what it needs of its own (policies, schema sources), says which kinds of object the scan's
/// index must hold for it, and reports problems with its own inputs. <see cref="Build"/> then makes the analyzer
/// once the index is ready.
/// </summary>
public sealed record AnalyzerPlan
{
    /// <summary>Kinds whose objects the scan's <see cref="ScanIndex"/> must hold for this analyzer.</summary>
    public IReadOnlySet<string> ContextKinds { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Whether the analyzer reads Kubernetes objects (an object or cross-object analyzer). When no selected analyzer
    /// does, the scan parses no manifest: no inventory, no load of the YAML and JSON files, no render.
    /// </summary>
    public bool ReadsObjects { get; init; } = true;

    /// <summary>
    /// Whether the analyzer reads every file that is not binary (a file analyzer that asks for every other kind, as the
    /// secret analyzer does). A scan with such an analyzer and none that reads objects reads each file once: the walk
    /// leaves the look at its content to that read (<see cref="DiscoveryOptions.SniffContent"/>).
    /// </summary>
    public bool ReadsEveryTextFile { get; init; }

    /// <summary>Problems with the analyzer's own inputs, reported as findings (a policy file that does not load).</summary>
    public IReadOnlyList<Finding> Problems { get; init; } = [];

    /// <summary>
    /// Work the analyzer needs on any repository it reads (compiling the built-in policies, building the secret rules'
    /// automaton), which the scan starts on the thread pool while the repository is walked, so that it runs on a core
    /// the walk leaves idle instead of holding up the first objects. Whatever it does must also happen on first use
    /// (a lazy value), so a scan is the same whether the warm-up finished or not; a failure here is left for that
    /// first use to report.
    /// </summary>
    public Action? Warm { get; init; }

    /// <summary>Builds the analyzer over the scan's index; errors there stop the scan as configuration errors.</summary>
    public required Func<ScanIndex, CancellationToken, ValueTask<AnalyzerBuild>> Build { get; init; }

    /// <summary>A plan for an analyzer that needs nothing from the scan to be built.</summary>
    public static AnalyzerPlan Ready(IAnalyzer analyzer) => new()
    {
        ReadsObjects = analyzer is IObjectAnalyzer or ICrossObjectAnalyzer,
        ReadsEveryTextFile = analyzer is IFileAnalyzer { Files.Kinds: var kinds } && Enum.GetValues<FileKind>().All(k => kinds.Contains(k) != (k == FileKind.Binary)),
        Build = (_, _) => ValueTask.FromResult(new AnalyzerBuild(analyzer, [])),
    };
}
