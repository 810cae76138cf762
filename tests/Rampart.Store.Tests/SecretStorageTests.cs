using System.Text;
using Dapper;
using Rampart.Artifacts;
using Rampart.Configuration;
using Rampart.Reporting;
using Rampart.Scanning;
using Rampart.Store.Data;
using Rampart.Store.Ingest;
using Rampart.Store.Queries;
using Rampart.Store.Tests.Support;
using Rampart.Testing;

namespace Rampart.Store.Tests;

/// <summary>A secret planted in a scanned repository reaches the store only redacted: not in any row, not in the SQLite file.</summary>
public sealed class SecretStorageTests
{
    // Made for this test in GitHub's token format (random characters and their checksum); never issued.
    private const string Secret = "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";

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task A_secret_in_a_scanned_file_is_never_stored(string engine)
    {
        using var repo = new RepositoryBuilder()
            .File("config/settings.env", $"GITHUB_TOKEN={Secret}\n")
            .File("deploy/app.yaml", $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  token: {Secret}\n")
            .Build();
        var outcome = await Scanner.RunAsync(new ScanOptions { Artifact = new DirectoryArtifact(repo.Root), Config = RampartConfig.Default }, TestContext.Current.CancellationToken);
        using var text = new StringWriter();
        new JsonReportWriter().Write(outcome.Report!, text, new ReportOptions());
        await using var db = await TestDatabase.CreateAsync(engine);
        await using var store = await db.OpenAsync();

        var (report, error) = ReportReader.Read(Encoding.UTF8.GetBytes(text.ToString()));
        Assert.Null(error);
        await store.IngestAsync(new ScanTarget("acme/deploy", "main", null), report!, TestContext.Current.CancellationToken);

        var stored = (await store.Queries.FindingsAsync(new FindingFilter { Categories = ["secret"] }, TestContext.Current.CancellationToken)).Items;
        Assert.True(stored.Count >= 2, $"expected the planted secret to be found twice, got {stored.Count}");
        Assert.DoesNotContain(Secret[4..20], await EverythingStored(db), StringComparison.Ordinal);
    }

    /// <summary>Every text value of every table, and on SQLite the bytes of the database file and its WAL.</summary>
    private static async Task<string> EverythingStored(TestDatabase db)
    {
        var all = new StringBuilder();
        await using (var dialect = Dialect.For(db.Database))
        await using (var connection = await dialect.OpenAsync(TestContext.Current.CancellationToken))
        {
            foreach (var table in new[] { "repositories", "branches", "scans", "findings", "finding_owners", "finding_events", "tokens" })
            {
                foreach (IDictionary<string, object?> row in await connection.QueryAsync($"SELECT * FROM {table}"))
                {
                    all.AppendJoin('\t', row.Values).Append('\n');
                }
            }
        }

        if (db.File is { } file)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal" }.Where(File.Exists))
            {
                all.Append(Encoding.Latin1.GetString(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken)));
            }
        }

        return all.ToString();
    }
}
