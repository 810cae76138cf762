using System.Globalization;
using Microsoft.Data.Sqlite;
using Rampart.Dependencies.Database;
using Rampart.Dependencies.Inventory;

namespace Rampart.Tests.Dependencies.Database;

/// <summary>
/// What matching against the database reads: one lean package row per record naming a looked-up package, and the
/// whole records of the matches only; explicit version lists compared without a string per listed version; and a
/// database of the previous schema refused with a clear message and replaced by the next update.
/// </summary>
public sealed class AdvisoryDatabaseMatchTests
{
    private static async Task<string> Imported(params (string Id, string Json)[] records)
    {
        var folder = OsvArchives.TempFolder();
        foreach (var (id, json) in records)
        {
            File.WriteAllText(Path.Combine(folder, id + ".json"), json);
        }

        var cache = OsvArchives.TempFolder();
        var updater = new DatabaseUpdater(Rampart.Schemas.SharedHttp.Client, ArchiveLimits.Default, TimeProvider.System);
        var result = await updater.UpdateAsync(cache, folder, [], TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, string.Join("; ", result.Imports.Select(i => i.Error)));
        return cache;
    }

    private static AdvisoryDatabase Open(string cache) => AdvisoryDatabase.Open(cache).Database ?? throw new InvalidOperationException("no database");

    private static (string, string) Ranged(string id, string name, string introduced, string fixedVersion) => (id, $$"""
        {"id": "{{id}}", "affected": [{"package": {"ecosystem": "npm", "name": "{{name}}"},
          "ranges": [{"type": "SEMVER", "events": [{"introduced": "{{introduced}}"}, {"fixed": "{{fixedVersion}}"}]}]}]}
        """);

    private static (string, string) Listed(string id, int versions) => (id, $$"""
        {"id": "{{id}}", "affected": [{"package": {"ecosystem": "PyPI", "name": "listed"},
          "versions": [{{string.Join(",", Enumerable.Range(0, versions).Select(v => string.Create(CultureInfo.InvariantCulture, $"\"1.{v}\"")))}}]}]}
        """);

    [Fact]
    public async Task Matching_reads_one_row_per_record_naming_a_package_and_the_whole_records_of_the_matches_only()
    {
        var cache = await Imported(
            Ranged("GHSA-lodash-0001", "lodash", "0", "4.17.21"),
            Ranged("GHSA-lodash-0002", "lodash", "1.0.0", "2.0.0"),
            Ranged("GHSA-lodash-0003", "lodash", "5.0.0", "6.0.0"),
            Ranged("GHSA-leftpad-0001", "left-pad", "0", "1.0.0"),
            Ranged("GHSA-other-0001", "unrelated", "0", "9.0.0"));
        using var database = Open(cache);

        var matches = database.Match([new("npm", "lodash", "4.17.20", 1), new("npm", "left-pad", "1.3.0", 2), new("npm", "not-in-the-data", "1.0.0", 3)]);

        Assert.Equal(["GHSA-lodash-0001"], matches.Select(m => m.Id));
        Assert.Equal(["4.17.21"], Assert.Single(matches).FixedVersions);
        // Three lodash rows and one left-pad row; the unrelated record and the unknown name cost nothing.
        Assert.Equal(4, database.CandidateRowsRead);
        Assert.Equal(1, database.RecordsRead);
    }

    [Fact]
    public async Task Statements_are_prepared_once_per_database_however_many_lockfiles_it_matches()
    {
        var cache = await Imported(Ranged("GHSA-lodash-0001", "lodash", "0", "4.17.21"), Ranged("GHSA-leftpad-0001", "left-pad", "0", "1.0.0"));
        using var unmatched = Open(cache);
        using var database = Open(cache);

        Assert.Empty(unmatched.Match([new("npm", "lodash", "4.17.21", 1)]));
        var opened = database.StatementsPrepared;
        var found = Enumerable.Range(0, 5).Select(i => database.Match([new("npm", "lodash", "4.17.20", i), new("npm", "left-pad", "0.9.0", i)]).Count).ToList();

        // The look-up at opening; the records statement only once something matched, then reused by every lockfile.
        Assert.Equal(1, unmatched.StatementsPrepared);
        Assert.Equal(1, opened);
        Assert.Equal(2, database.StatementsPrepared);
        Assert.Equal([2, 2, 2, 2, 2], found);
    }

    [Fact]
    public async Task A_record_matched_by_several_packages_of_a_lockfile_is_read_once()
    {
        var cache = await Imported(
            ("GHSA-both-0001", """
                {"id": "GHSA-both-0001", "affected": [
                  {"package": {"ecosystem": "npm", "name": "lodash"}, "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "4.17.21"}]}]},
                  {"package": {"ecosystem": "npm", "name": "lodash-es"}, "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "4.17.21"}]}]}]}
                """));
        using var database = Open(cache);

        var matches = database.Match([new("npm", "lodash", "4.17.20", 1), new("npm", "lodash-es", "4.17.15", 2), new("npm", "lodash", "4.0.0", 3)]);

        Assert.Equal(["lodash 4.17.20", "lodash-es 4.17.15", "lodash 4.0.0"], matches.Select(m => $"{m.Package.Name} {m.Package.Version}"));
        Assert.All(matches, m => Assert.Equal("GHSA-both-0001", m.Id));
        Assert.Equal(2, database.CandidateRowsRead);
        Assert.Equal(1, database.RecordsRead);
    }

    [Fact]
    public async Task An_explicit_version_list_is_compared_without_a_string_per_listed_version()
    {
        using var small = Open(await Imported(Listed("PYSEC-small", 40)));
        using var large = Open(await Imported(Listed("PYSEC-large", 4_000)));

        static long Allocated(AdvisoryDatabase database, InventoryPackage package)
        {
            database.Match([package]);
            var before = GC.GetAllocatedBytesForCurrentThread();
            Assert.Empty(database.Match([package]));
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var unlisted = new InventoryPackage("PyPI", "listed", "9.9", 1);
        var extra = Allocated(large, unlisted) - Allocated(small, unlisted);

        // 3,960 more listed versions ("1.40" to "1.3999"): as strings they would take 32 bytes or more each (about
        // 127 KB); compared as bytes, what grows is the one copy of the row's data, about 6 bytes a version.
        Assert.True(extra < 3_960 * 10, $"{extra:N0} bytes more for 3,960 more listed versions");
        Assert.Equal(["PYSEC-large"], large.Match([new("PyPI", "listed", "1.3999", 1)]).Select(m => m.Id));
    }

    [Fact]
    public async Task A_database_of_the_previous_schema_is_refused_with_a_message_and_replaced_by_the_update()
    {
        var cache = OsvArchives.TempFolder();
        var path = AdvisoryDatabase.PathIn(cache);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            // Schema 1 as it was written: package rows without the record id and match data.
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = """
                CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE sources(ecosystem TEXT PRIMARY KEY, source TEXT NOT NULL, imported_at TEXT NOT NULL, records INTEGER NOT NULL);
                CREATE TABLE records(rid INTEGER PRIMARY KEY, origin TEXT NOT NULL, id TEXT NOT NULL, aliases TEXT, withdrawn TEXT,
                    summary TEXT, severity TEXT, database_severity TEXT, affected BLOB NOT NULL);
                CREATE TABLE packages(ecosystem TEXT NOT NULL, name TEXT NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY(ecosystem, name, rid)) WITHOUT ROWID;
                INSERT INTO meta VALUES ('schema', '1');
                INSERT INTO sources VALUES ('npm', 'old', '2026-01-01T00:00:00.0000000+00:00', 1);
                INSERT INTO records VALUES (1, 'npm', 'GHSA-old', NULL, NULL, NULL, NULL, NULL, '[["npm","lodash",[],["4.17.20"]]]');
                INSERT INTO packages VALUES ('npm', 'lodash', 1);
                """;
            create.ExecuteNonQuery();
        }

        var refused = AdvisoryDatabase.Open(cache);
        var (id, json) = Ranged("GHSA-new-0001", "lodash", "0", "4.17.21");
        var folder = OsvArchives.TempFolder();
        File.WriteAllText(Path.Combine(folder, id + ".json"), json);
        var updater = new DatabaseUpdater(Rampart.Schemas.SharedHttp.Client, ArchiveLimits.Default, TimeProvider.System);
        var result = await updater.UpdateAsync(cache, folder, [], TestContext.Current.CancellationToken);

        Assert.Null(refused.Database);
        Assert.Equal($"the vulnerability database {path} was written by another version of Rampart (schema 1, this version reads schema 2): run 'rampart db update' to rebuild it", refused.Error);
        Assert.True(result.Succeeded);
        Assert.Equal(refused.Error, result.Replaced);
        Assert.Empty(result.Kept);
        using var database = Open(cache);
        Assert.Equal(["GHSA-new-0001"], database.Match([new("npm", "lodash", "4.17.20", 1)]).Select(m => m.Id));
        Assert.Equal(["npm"], database.Sources.Select(s => s.Ecosystem));
    }
}
