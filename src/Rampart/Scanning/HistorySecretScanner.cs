using System.Diagnostics;
using Rampart.Findings;
using Rampart.History;
using Rampart.Ownership;
using Rampart.Reporting;
using Rampart.Secrets;

namespace Rampart.Scanning;

/// <summary>
/// <c>rampart scan PATH --history [--since REF]</c> and <c>--staged</c>: the secret scanner over the lines the commits
/// (or the index) added, read by <see cref="HistoryReader"/>, then the usual attribute and decide stages (owners:
/// security and the path's CODEOWNERS; waivers; the baseline; the gate), so every report format takes the result.
/// A history finding carries its first commit and whether the secret is still at HEAD (<see cref="HeadPresence"/>).
/// </summary>
public static class HistorySecretScanner
{
    /// <param name="staged">Scan the index against HEAD instead of the commits.</param>
    /// <param name="since">With the commits: only those after this revision.</param>
    public static ScanOutcome Run(ScanOptions options, bool staged, string? since, CancellationToken cancellation = default)
    {
        if (options.Artifact.Folder is not { } folder)
        {
            return new ScanOutcome(null, [$"--history and --staged read a git repository; {options.Artifact.Name} is not one"]);
        }

        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var secrets = new HistorySecrets(SecretScanner.Default, options.Config.SecretAllowPaths);
        var read = staged
            ? HistoryReader.ReadStaged(folder, secrets, cancellation)
            : HistoryReader.ReadCommits(folder, since, secrets, cancellation);
        secrets.Complete();
        if (read.Error is { } error)
        {
            return new ScanOutcome(null, [error]);
        }

        HeadPresence? presence = null;
        if (!staged)
        {
            (presence, var headError) = HeadPresence.Find(folder, secrets.Values, cancellation);
            if (presence is null)
            {
                return new ScanOutcome(null, [headError ?? "the files at HEAD could not be read"]);
            }
        }

        var findings = secrets.Findings(presence);
        var pathOwners = options.PathOwners;
        if (pathOwners is null && CodeOwnersSource.Locate(folder, options.Config) is { } codeOwners)
        {
            findings.AddRange(codeOwners.Problems());
            pathOwners = codeOwners;
        }

        var attribution = new AttributionStage(new Attributor(options.Config, pathOwners));
        attribution.ApplyAll(findings, options.Parallelism, cancellation);
        var (decided, gate) = new DecisionStage(options, attribution).Run(findings);
        var report = new ScanReport
        {
            ToolVersion = Scanner.Version,
            Target = options.Artifact.Name,
            Findings = decided,
            Rules = [.. SecretRules.Descriptors.Concat(RuleCatalog.Stages).DistinctBy(r => r.Id)],
            Gate = gate,
            Baseline = options.Baseline is null ? null : options.BaselinePath ?? "baseline",
            StartedAt = started,
            Duration = clock.Elapsed,
        };
        return new ScanOutcome(report, []) { History = read };
    }
}
