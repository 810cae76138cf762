using Rampart.History;
using Rampart.Reporting;

namespace Rampart.Scanning;

/// <summary>
/// The result of a scan: the report, or the setup errors (unusable schema sources, bad policies) that
/// stopped it before analysis — those are usage or configuration errors, exit code 2.
/// </summary>
public sealed record ScanOutcome(ScanReport? Report, IReadOnlyList<string> SetupErrors)
{
    /// <summary>How many times an analyzer failed on an object (each also reported as a finding): exit code 3.</summary>
    public int AnalyzerFailures { get; init; }

    /// <summary>Entry points rendered, counting one rendered twice twice (see docs/performance.md, "Rendered scans streamed").</summary>
    public int Renders { get; init; }

    /// <summary>The most rendered objects the scan held at once: what bounds the memory of its renders.</summary>
    public int MostRenderedObjectsHeld { get; init; }

    /// <summary>The analyzers' warm-ups started beside the walk (<see cref="Analysis.AnalyzerPlan.Warm"/>); the scan does not wait for them.</summary>
    internal Task WarmUps { get; init; } = Task.CompletedTask;

    /// <summary>For <c>--history</c> and <c>--staged</c>: what the history read went through (commits, lines, what was skipped).</summary>
    public HistoryResult? History { get; init; }
}
