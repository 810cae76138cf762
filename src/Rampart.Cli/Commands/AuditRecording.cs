using Rampart.Reporting;
using Rampart.Store;
using Rampart.Store.Ingest;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart audit --store</c>: the audit's report stored like a scan of repository <paramref name="Cluster"/>, branch
/// <see cref="Branch"/>, so that what the previous audit of that cluster found and this one does not becomes fixed.
/// </summary>
internal sealed record AuditRecording(StoreDatabase Database, StoreOptions Options, string Cluster)
{
    /// <summary>The branch audits are stored under.</summary>
    public const string Branch = "audit";

    public async Task<IngestResult> RecordAsync(ScanReport report, CancellationToken cancellation)
    {
        await using var store = await FindingStore.OpenAsync(Database, Options, cancellation: cancellation).ConfigureAwait(false);
        return await store.IngestAsync(new ScanTarget(Cluster, Branch, null), StoreReports.Incoming(report), cancellation).ConfigureAwait(false);
    }
}
