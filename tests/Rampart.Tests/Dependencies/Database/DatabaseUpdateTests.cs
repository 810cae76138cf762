using Rampart.Dependencies.Database;
using Rampart.Dependencies.Osv;
using Rampart.Testing;

namespace Rampart.Tests.Dependencies.Database;

/// <summary>
/// <c>rampart db update</c>'s engine against a local HTTP server serving OSV's layout (<c>ECOSYSTEM/all.zip</c>), the
/// archives built at test time from the corpus's advisories.
/// </summary>
public sealed class DatabaseUpdateTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static DatabaseUpdater Updater(ArchiveLimits? limits = null) =>
        new(Rampart.Schemas.SharedHttp.Client, limits ?? ArchiveLimits.Default, new FixedTime(Now));

    private static AdvisoryDatabase OpenDatabase(string cache) =>
        AdvisoryDatabase.Open(cache) is { Database: { } database } ? database : throw new InvalidOperationException("no database");

    private static SortedDictionary<string, string> AllRecords(AdvisoryDatabase database, string folder)
    {
        // Every package the files name, looked up in the database.
        var packages = new HashSet<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories))
        {
            if (OsvReader.Read(File.ReadAllBytes(file)).Record is { } record)
            {
                packages.UnionWith(record.Affected.Select(a => (a.Ecosystem, a.Name)));
            }
        }

        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in database.RecordsFor(packages))
        {
            texts[record.Id] = RecordText.Of(record);
        }

        return texts;
    }

    [Fact]
    public async Task Archives_served_over_http_import_and_read_back_as_the_files_read()
    {
        var corpus = OsvArchives.Corpus();
        var bucket = OsvArchives.Bucket(corpus);
        var cache = OsvArchives.TempFolder();
        using var server = LocalHttpServer.ForFolder(bucket);

        var result = await Updater().UpdateAsync(cache, server.BaseUrl, ["npm", "PyPI", "crates.io", "Go"], TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join("; ", result.Imports.Select(i => i.Error)));
        Assert.Equal(
            [("npm", 82), ("PyPI", 62), ("crates.io", 39), ("Go", 49)],
            result.Imports.Select(i => (i.Ecosystem, i.Records)));
        using var database = OpenDatabase(cache);
        Assert.Equal(Now, database.UpdatedAt);
        Assert.All(database.Sources, s => Assert.Equal($"{server.BaseUrl}{Uri.EscapeDataString(s.Ecosystem)}/all.zip", s.Source));
        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var ecosystem in new[] { "npm", "PyPI", "crates.io", "Go" })
        {
            foreach (var (id, text) in RecordText.OfFiles(Path.Combine(corpus, ecosystem)))
            {
                expected[id] = text;
            }
        }

        Assert.Equal(expected, AllRecords(database, corpus));
    }

    [Fact]
    public async Task A_second_update_from_the_same_data_gives_the_same_database()
    {
        var corpus = OsvArchives.Corpus();
        var bucket = OsvArchives.Bucket(corpus);
        var cache = OsvArchives.TempFolder();
        using var server = LocalHttpServer.ForFolder(bucket);
        var cancel = TestContext.Current.CancellationToken;

        await Updater().UpdateAsync(cache, server.BaseUrl, ["npm", "Maven"], cancel);
        SortedDictionary<string, string> first;
        using (var database = OpenDatabase(cache))
        {
            first = AllRecords(database, corpus);
        }

        var again = await Updater().UpdateAsync(cache, server.BaseUrl, ["npm", "Maven"], cancel);

        Assert.True(again.Succeeded);
        Assert.Equal([82, 65], again.Imports.Select(i => i.Records));
        using var reopened = OpenDatabase(cache);
        Assert.Equal(first, AllRecords(reopened, corpus));
        Assert.Equal(["Maven", "npm"], reopened.Sources.Select(s => s.Ecosystem));
        Assert.Equal([65L, 82L], reopened.Sources.Select(s => s.Records));
    }

    [Fact]
    public async Task An_ecosystem_the_server_does_not_have_fails_while_the_others_import()
    {
        var bucket = OsvArchives.Bucket(OsvArchives.Corpus());
        var cache = OsvArchives.TempFolder();
        using var server = LocalHttpServer.ForFolder(bucket);

        var result = await Updater().UpdateAsync(cache, server.BaseUrl, ["npm", "Hackage", "PyPI"], TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Equal([true, false, true], result.Imports.Select(i => i.Succeeded));
        Assert.Equal($"{server.BaseUrl}Hackage/all.zip: not found (HTTP 404)", result.Imports[1].Error);
        using var database = OpenDatabase(cache);
        Assert.Equal(["PyPI", "npm"], database.Sources.Select(s => s.Ecosystem));
    }

    [Fact]
    public async Task A_hostile_archive_keeps_the_ecosystem_s_earlier_data_and_ecosystems_not_asked_for_are_kept()
    {
        var corpus = OsvArchives.Corpus();
        var bucket = OsvArchives.Bucket(corpus);
        var cache = OsvArchives.TempFolder();
        var cancel = TestContext.Current.CancellationToken;
        SortedDictionary<string, string> before;
        using (var server = LocalHttpServer.ForFolder(bucket))
        {
            await Updater().UpdateAsync(cache, server.BaseUrl, ["npm", "PyPI"], cancel);
            using var first = OpenDatabase(cache);
            before = AllRecords(first, corpus);
        }

        File.WriteAllBytes(Path.Combine(bucket, "npm", "all.zip"), OsvArchives.Zip(("../../escape.json", OsvArchives.Record("GHSA-evil"))));
        using var hostile = LocalHttpServer.ForFolder(bucket);
        var result = await Updater().UpdateAsync(cache, hostile.BaseUrl, ["npm"], cancel);

        Assert.False(result.Succeeded);
        Assert.Contains("leads out of the archive", result.Imports[0].Error, StringComparison.Ordinal);
        using var database = OpenDatabase(cache);
        Assert.Equal([("PyPI", 62L), ("npm", 82L)], database.Sources.Select(s => (s.Ecosystem, s.Records)));
        Assert.Empty(database.RecordsFor([("npm", "left-pad")]));
        Assert.Equal(144, before.Count);
        Assert.Equal(before, AllRecords(database, corpus));
    }

    [Fact]
    public async Task A_folder_of_json_files_imports_each_record_under_its_ecosystem()
    {
        var corpus = OsvArchives.Corpus();
        var cache = OsvArchives.TempFolder();

        var result = await Updater().UpdateAsync(cache, new Uri(Path.Combine(corpus, "crates.io")).AbsoluteUri, [], TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        Assert.Equal([("crates.io", 39)], result.Imports.Select(i => (i.Ecosystem, i.Records)));
        using var database = OpenDatabase(cache);
        Assert.Equal(RecordText.OfFiles(Path.Combine(corpus, "crates.io")), AllRecords(database, Path.Combine(corpus, "crates.io")));
    }

    [Fact]
    public async Task Records_from_the_database_match_packages_as_records_from_the_files_do()
    {
        var corpus = OsvArchives.Corpus();
        var cache = OsvArchives.TempFolder();
        await Updater().UpdateAsync(cache, corpus, [], TestContext.Current.CancellationToken);
        var files = Directory.EnumerateFiles(corpus, "*.json", SearchOption.AllDirectories)
            .Select(f => OsvReader.Read(File.ReadAllBytes(f)).Record).OfType<OsvRecord>().ToList();
        var packages = files.SelectMany(r => r.Affected)
            .SelectMany(a => a.Ranges.SelectMany(r => r.Events).Select(e => e.Version).Concat(a.Versions).Where(v => v != "0")
                .Select(v => new Rampart.Dependencies.Inventory.InventoryPackage(a.Ecosystem, a.Name, v, 1)))
            .Distinct()
            .ToList();
        using var database = OpenDatabase(cache);

        var fromFiles = new OsvMatcher(files);

        static string Lines(IEnumerable<VulnerabilityMatch> matches) => string.Join("\n", matches.Select(m =>
            $"{m.Package.Ecosystem}/{m.Package.Name}@{m.Package.Version}: {m.Id} [{string.Join(",", m.Aliases)}] fixed [{string.Join(",", m.FixedVersions)}] fix {m.SuggestedFix} records [{string.Join(",", m.Records.Select(RecordText.Of))}]"));
        var expected = Lines(packages.SelectMany(fromFiles.Match));
        Assert.True(expected.Length > 1000, "the corpus gives matches");
        Assert.Equal(expected, Lines(database.Match(packages)));
    }

    [Fact]
    public void Opening_a_cache_without_a_database_says_to_run_the_update()
    {
        var opening = AdvisoryDatabase.Open(OsvArchives.TempFolder());

        Assert.Null(opening.Database);
        Assert.Contains("run 'rampart db update' first", opening.Error, StringComparison.Ordinal);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
