using Rampart.Changes;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Reporting;

namespace Rampart.Scanning;

/// <summary>
/// <c>--diff BASE</c>: scans the working tree and the base revision (exported from git into a temporary
/// folder) with the same options, keeps the findings of changed files, and classifies them: new when the
/// base has no finding with the same fingerprint, unchanged when it has (those are shown but do not count
/// towards the gate, like baselined findings), and fixed for base findings of changed or deleted files
/// that are gone. Fingerprints ignore lines and files, so edits above a finding and moved resources do not
/// make it new.
/// </summary>
public static class DiffScanner
{
    public static async Task<ScanOutcome> RunAsync(ScanOptions options, string baseRef, CancellationToken cancellation = default)
    {
        var root = Directory.Exists(options.Root) ? options.Root : Path.GetDirectoryName(Path.GetFullPath(options.Root))!;
        var (changes, error) = GitChanges.Between(root, baseRef);
        if (changes is null)
        {
            return new ScanOutcome(null, [error!]);
        }

        var current = await Scanner.RunAsync(options, cancellation).ConfigureAwait(false);
        if (current.Report is not { } report)
        {
            return current;
        }

        var baseFolder = Directory.CreateTempSubdirectory("rampart-base-").FullName;
        try
        {
            if (GitChanges.Export(root, changes.BaseCommit, baseFolder) is { } exportError)
            {
                return new ScanOutcome(null, [exportError]);
            }

            var before = await Scanner.RunAsync(options with { Root = baseFolder, Baseline = null, Progress = null }, cancellation).ConfigureAwait(false);
            if (before.Report is not { } baseReport)
            {
                return new ScanOutcome(null, [.. before.SetupErrors.Select(e => $"base revision {baseRef}: {e}")]);
            }

            return current with { Report = Classify(report, baseReport, changes, options) };
        }
        finally
        {
            Directory.Delete(baseFolder, recursive: true);
        }
    }

    internal static ScanReport Classify(ScanReport current, ScanReport before, ChangeSet changes, ScanOptions options)
    {
        var baseFingerprints = before.Findings.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var currentFingerprints = current.Findings.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var findings = current.Findings
            .Where(f => changes.Contains(f.Location.Path))
            .Select(f => baseFingerprints.Contains(f.Fingerprint)
                ? f with
                {
                    Change = ChangeKind.Unchanged,
                    Status = f.Status == FindingStatus.Open ? FindingStatus.Baselined : f.Status,
                    StatusReason = f.Status == FindingStatus.Open ? $"also in {changes.BaseRef}" : f.StatusReason,
                }
                : f with { Change = ChangeKind.New })
            .ToList();
        var fixedFindings = before.Findings
            .Where(f => changes.Contains(f.Location.Path) && !currentFingerprints.Contains(f.Fingerprint))
            .Select(f => f with { Change = ChangeKind.Fixed })
            .ToList();
        var gate = new GateEvaluator(options.Config, options.Gate).Evaluate(findings);
        return current with
        {
            Findings = findings,
            Gate = gate,
            Baseline = current.Baseline ?? $"git:{changes.BaseRef}",
            Diff = new DiffSummary(
                changes.BaseRef,
                changes.BaseCommit,
                changes.Changed.Count + changes.Deleted.Count,
                findings.Count(f => f.Change == ChangeKind.New),
                findings.Count(f => f.Change == ChangeKind.Unchanged),
                fixedFindings),
        };
    }
}
