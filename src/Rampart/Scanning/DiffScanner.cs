using Rampart.Artifacts;
using Rampart.Changes;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Ownership;
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
        if (options.Artifact.Folder is not { } root)
        {
            return new ScanOutcome(null, [$"--diff compares folders of a git repository; {options.Artifact.Name} is not one"]);
        }

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

            var before = await Scanner.RunAsync(options with { Artifact = options.Artifact is PathsArtifact paths ? paths.At(baseFolder) : new DirectoryArtifact(baseFolder), Baseline = null, Progress = null }, cancellation).ConfigureAwait(false);
            if (before.Report is not { } baseReport)
            {
                return new ScanOutcome(null, [.. before.SetupErrors.Select(e => $"base revision {baseRef}: {e}")]);
            }

            // The base revision is exported below the scanned folder only, so a CODEOWNERS above it is missing
            // there: the base's findings take today's owners, which are also who reads about what was fixed.
            var attribution = new AttributionStage(new Attributor(options.Config, options.PathOwners ?? CodeOwnersSource.Locate(root, options.Config)));
            baseReport = baseReport with { Findings = [.. baseReport.Findings.Select(attribution.Apply)] };
            return current with { Report = Classify(report, baseReport, changes, options) };
        }
        finally
        {
            Directory.Delete(baseFolder, recursive: true);
        }
    }

    internal static ScanReport Classify(ScanReport current, ScanReport before, ChangeSet changes, ScanOptions options)
    {
        // Every finding takes part in the pairing, so that a finding of an unchanged file keeps its partner in
        // the base and a copy of it in a changed file is new.
        var (inBase, stillThere) = FingerprintMatch.Pair(
            [.. current.Findings.Select(f => (f.Fingerprint, f.Location.Path))],
            [.. before.Findings.Select(f => (f.Fingerprint, f.Location.Path))]);
        var findings = current.Findings
            .Select((f, i) => (Finding: f, InBase: inBase[i]))
            .Where(p => changes.Contains(p.Finding.Location.Path))
            .Select(p => p.InBase
                ? p.Finding with
                {
                    Change = ChangeKind.Unchanged,
                    Status = p.Finding.Status == FindingStatus.Open ? FindingStatus.Baselined : p.Finding.Status,
                    StatusReason = p.Finding.Status == FindingStatus.Open ? $"also in {changes.BaseRef}" : p.Finding.StatusReason,
                }
                : p.Finding with { Change = ChangeKind.New })
            .ToList();
        var fixedFindings = before.Findings
            .Where((f, i) => changes.Contains(f.Location.Path) && !stillThere[i])
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
