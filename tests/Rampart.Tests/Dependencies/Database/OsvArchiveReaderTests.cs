using System.Text;
using Rampart.Dependencies.Database;
using Rampart.Dependencies.Osv;

namespace Rampart.Tests.Dependencies.Database;

public sealed class OsvArchiveReaderTests
{
    private static (List<OsvRecord> Records, ImportTally Tally) Read(byte[] zip, ArchiveLimits? limits = null)
    {
        var records = new List<OsvRecord>();
        var tally = new ImportTally();
        using var stream = new MemoryStream(zip);
        OsvArchiveReader.Read(stream, limits ?? ArchiveLimits.Default, records.Add, tally);
        return (records, tally);
    }

    [Fact]
    public void Records_of_an_archive_are_read_and_other_files_skipped_and_counted()
    {
        var (records, tally) = Read(OsvArchives.Zip(
            ("GHSA-1.json", OsvArchives.Record("GHSA-1")),
            ("nested/GHSA-2.json", OsvArchives.Record("GHSA-2")),
            ("README.md", "# not a record"u8.ToArray()),
            ("LICENSE", "text"u8.ToArray())));

        Assert.Null(tally.Error);
        Assert.Equal(["GHSA-1", "GHSA-2"], records.Select(r => r.Id));
        Assert.Equal(2, tally.Records);
        Assert.Equal(2, tally.Skipped);
    }

    [Fact]
    public void Invalid_records_are_counted_and_named_by_their_entry_while_the_rest_import()
    {
        var (records, tally) = Read(OsvArchives.Zip(
            ("GHSA-1.json", OsvArchives.Record("GHSA-1")),
            ("broken.json", "{\"id\": "u8.ToArray()),
            ("no-id.json", "{\"summary\": \"x\"}"u8.ToArray()),
            ("binary.json", [0xFF, 0xFE, 0x00, 0x01])));

        Assert.Null(tally.Error);
        Assert.Equal(["GHSA-1"], records.Select(r => r.Id));
        Assert.Equal(3, tally.InvalidCount);
        Assert.Collection(tally.Invalid,
            i => Assert.StartsWith("broken.json: invalid JSON", i, StringComparison.Ordinal),
            i => Assert.StartsWith("no-id.json: an OSV record", i, StringComparison.Ordinal),
            i => Assert.StartsWith("binary.json: invalid JSON", i, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../evil.json")]
    [InlineData("a/../../evil.json")]
    [InlineData("/etc/evil.json")]
    [InlineData("\\windows\\evil.json")]
    [InlineData("C:/evil.json")]
    [InlineData("a\\..\\..\\evil.json")]
    public void An_entry_whose_path_leads_out_of_the_archive_rejects_the_whole_archive(string name)
    {
        var (records, tally) = Read(OsvArchives.Zip(("GHSA-1.json", OsvArchives.Record("GHSA-1")), (name, OsvArchives.Record("GHSA-2"))));

        Assert.Empty(records);
        Assert.Contains("leads out of the archive", tally.Error, StringComparison.Ordinal);
        Assert.Contains(name, tally.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_that_expands_far_more_than_json_does_is_rejected_as_a_zip_bomb()
    {
        // 8 MB of one repeated byte inside a JSON string compresses about a thousandfold.
        var bomb = Encoding.ASCII.GetBytes("{\"id\": \"X\", \"summary\": \"" + new string('a', 8 * 1024 * 1024) + "\"}");

        var (records, tally) = Read(OsvArchives.Zip(("bomb.json", bomb)));

        Assert.Empty(records);
        Assert.Contains("zip bomb", tally.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_over_the_size_limit_is_rejected_with_the_limit()
    {
        var (_, tally) = Read(OsvArchives.Zip(("big.json", OsvArchives.Record("GHSA-1"))), ArchiveLimits.Default with { MaxEntryBytes = 100 });

        Assert.Contains("'big.json'", tally.Error, StringComparison.Ordinal);
        Assert.Contains("the limit is 100", tally.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_over_the_total_size_limit_reject_the_archive()
    {
        var record = OsvArchives.Record("GHSA-1");
        var (_, tally) = Read(
            OsvArchives.Zip(("a.json", record), ("b.json", record), ("c.json", record)),
            ArchiveLimits.Default with { MaxTotalBytes = record.Length * 2 });

        Assert.Contains("more than", tally.Error, StringComparison.Ordinal);
        Assert.Contains("uncompressed", tally.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_archive_with_too_many_entries_is_rejected_before_any_is_read()
    {
        var entries = Enumerable.Range(0, 11).Select(i => ($"GHSA-{i}.json", OsvArchives.Record($"GHSA-{i}"))).ToArray();

        var (records, tally) = Read(OsvArchives.Zip(entries), ArchiveLimits.Default with { MaxEntries = 10 });

        Assert.Empty(records);
        Assert.Equal("too many entries: 11 (the limit is 10)", tally.Error);
    }

    [Fact]
    public void Bytes_that_are_not_a_zip_archive_give_an_error_not_an_exception()
    {
        var (records, tally) = Read("this is not a zip archive at all"u8.ToArray());

        Assert.Empty(records);
        Assert.StartsWith("not a valid zip archive", tally.Error, StringComparison.Ordinal);
    }
}
