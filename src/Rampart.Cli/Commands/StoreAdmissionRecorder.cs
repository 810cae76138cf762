using Rampart.Findings;
using Rampart.Gate;
using Rampart.Reporting;
using Rampart.Scanning;
using Rampart.Server.Recording;
using Rampart.Store;
using Rampart.Store.Ingest;

namespace Rampart.Cli.Commands;

/// <summary>
/// Records the webhook's decisions in the findings store: each batch is one incomplete scan of repository
/// <paramref name="cluster"/>, branch <see cref="Branch"/>, so that a finding is de-duplicated by its fingerprint
/// (policy, object and field) across decisions, its <c>last_seen</c> is the latest decision, and nothing becomes fixed
/// because an object was not admitted again. The status reason says the decision, operation and user.
/// </summary>
internal sealed class StoreAdmissionRecorder(FindingStore store, string cluster) : IAdmissionRecorder
{
    /// <summary>The branch admission decisions are stored under.</summary>
    public const string Branch = "admission";

    public async Task RecordAsync(IReadOnlyList<AdmissionRecord> records, CancellationToken cancellation)
    {
        var findings = new List<Finding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        // Latest first, so that a finding decided twice in a batch keeps the latest decision.
        foreach (var record in records.Reverse())
        {
            foreach (var finding in record.Findings)
            {
                var fingerprinted = finding.Fingerprint.Length > 0 ? finding : finding with { Fingerprint = Fingerprinter.Compute(finding) };
                if (seen.Add(fingerprinted.Fingerprint))
                {
                    var reason = $"admission: {record.Decision} {record.Operation} {record.Subject} by {record.User} at {record.At:yyyy-MM-ddTHH:mm:ssZ}";
                    findings.Add(fingerprinted with { StatusReason = fingerprinted.StatusReason is { } waiver ? $"{reason}; {waiver}" : reason });
                }
            }
        }

        var report = new ScanReport
        {
            ToolVersion = Scanner.Version,
            Target = $"admission of {cluster}",
            Findings = findings,
            Rules = [],
            Gate = GateResult.NoGate,
            StartedAt = records[^1].At,
        };
        await store.ObserveAsync(new ScanTarget(cluster, Branch, null), StoreReports.Incoming(report), cancellation).ConfigureAwait(false);
    }
}
