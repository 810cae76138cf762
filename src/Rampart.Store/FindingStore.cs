using Dapper;
using Rampart.Store.Auth;
using Rampart.Store.Data;
using Rampart.Store.Ingest;
using Rampart.Store.Queries;

namespace Rampart.Store;

/// <summary>
/// The findings store over SQLite or PostgreSQL: opening it applies the migrations; uploads go through
/// <see cref="IngestAsync"/>, reads through <see cref="Queries"/>, API tokens through <see cref="Tokens"/>.
/// </summary>
public sealed class FindingStore : IAsyncDisposable
{
    private const int Attempts = 8;

    private readonly Dialect dialect;
    private readonly TimeProvider clock;

    private FindingStore(StoreDatabase database, Dialect dialect, StoreOptions options, TimeProvider clock)
    {
        Database = database;
        this.dialect = dialect;
        Options = options;
        this.clock = clock;
        Queries = new FindingQueries(dialect, clock);
        Tokens = new TokenStore(dialect, clock);
    }

    public StoreDatabase Database { get; }

    public StoreOptions Options { get; }

    public FindingQueries Queries { get; }

    public TokenStore Tokens { get; }

    /// <summary>The database and the clock, for the dashboard's own reads in this assembly.</summary>
    internal Dialect Dialect => dialect;

    internal TimeProvider Clock => clock;

    /// <summary>Opens the store and applies the migrations it lacks.</summary>
    public static async Task<FindingStore> OpenAsync(StoreDatabase database, StoreOptions? options = null, TimeProvider? clock = null, CancellationToken cancellation = default)
    {
        var dialect = Dialect.For(database);
        await Migrator.MigrateAsync(dialect, cancellation).ConfigureAwait(false);
        return new FindingStore(database, dialect, options ?? StoreOptions.Default, clock ?? TimeProvider.System);
    }

    /// <summary>Applies the migrations the database lacks, alone (<c>rampart db migrate</c>); returns their names.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(StoreDatabase database, CancellationToken cancellation = default)
    {
        await using var dialect = Dialect.For(database);
        return await Migrator.MigrateAsync(dialect, cancellation).ConfigureAwait(false);
    }

    /// <summary>Stores a report as a scan of <paramref name="target"/>; retried on write conflicts; then applies retention.</summary>
    public Task<IngestResult> IngestAsync(ScanTarget target, IncomingReport report, CancellationToken cancellation = default) =>
        StoreAsync(target, report, true, cancellation);

    /// <summary>
    /// Stores findings observed one by one (admission decisions) as a scan of <paramref name="target"/> that is not
    /// complete: they are created or seen again, and findings it lacks stay as they are (nothing becomes fixed).
    /// </summary>
    public Task<IngestResult> ObserveAsync(ScanTarget target, IncomingReport report, CancellationToken cancellation = default) =>
        StoreAsync(target, report, false, cancellation);

    private async Task<IngestResult> StoreAsync(ScanTarget target, IncomingReport report, bool complete, CancellationToken cancellation)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await ScanIngest.RunAsync(dialect, Options, target, report, complete, clock.GetUtcNow().ToUnixTimeMilliseconds(), cancellation).ConfigureAwait(false);
                if (!result.Duplicate)
                {
                    await ApplyRetentionAsync(cancellation).ConfigureAwait(false);
                }

                return result;
            }
            catch (Exception e) when (attempt < Attempts && dialect.IsTransient(e))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt * Random.Shared.Next(1, 4)), cancellation).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Deletes fixed findings (and their history) fixed, and scans received, more than the retention's days ago.</summary>
    public async Task<(int Findings, int Scans)> ApplyRetentionAsync(CancellationToken cancellation = default)
    {
        if (Options.RetentionDays is not { } days)
        {
            return (0, 0);
        }

        var cutoff = clock.GetUtcNow().ToUnixTimeMilliseconds() - (days * 86_400_000L);
        await using var connection = await dialect.OpenAsync(cancellation).ConfigureAwait(false);
        await using var tx = await dialect.BeginWriteAsync(connection, Migrator.LockKey + 1, cancellation).ConfigureAwait(false);
        const string Old = "SELECT id FROM findings WHERE status = 'fixed' AND fixed_at < @cutoff";
        await connection.ExecuteAsync($"DELETE FROM finding_events WHERE finding_id IN ({Old})", new { cutoff }, tx).ConfigureAwait(false);
        await connection.ExecuteAsync($"DELETE FROM finding_owners WHERE finding_id IN ({Old})", new { cutoff }, tx).ConfigureAwait(false);
        var findings = await connection.ExecuteAsync("DELETE FROM findings WHERE status = 'fixed' AND fixed_at < @cutoff", new { cutoff }, tx).ConfigureAwait(false);
        var scans = await connection.ExecuteAsync(
            "DELETE FROM scans WHERE received_at < @cutoff AND id NOT IN (SELECT MAX(id) FROM scans GROUP BY branch_id)", new { cutoff }, tx).ConfigureAwait(false);
        await tx.CommitAsync(cancellation).ConfigureAwait(false);
        return (findings, scans);
    }

    public ValueTask DisposeAsync() => dialect.DisposeAsync();
}
