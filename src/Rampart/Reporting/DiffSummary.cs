using Rampart.Findings;

namespace Rampart.Reporting;

/// <summary>
/// The comparison with a base revision of a <c>--diff</c> scan: which revision, how many files changed, how
/// many findings of the changed files are new and unchanged, and the findings the change fixed (they are no
/// longer in the scanned tree, so they are not among the report's findings).
/// </summary>
public sealed record DiffSummary(string BaseRef, string BaseCommit, int ChangedFiles, int New, int Unchanged, IReadOnlyList<Finding> Fixed);
