using System.Text;
using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Osv;

namespace Rampart.Tests.Dependencies.Osv;

public sealed class OsvMatcherTests
{
    private static OsvRecord Record(string json)
    {
        var (record, error) = OsvReader.Read(Encoding.UTF8.GetBytes(json));
        Assert.Null(error);
        return record!;
    }

    private static InventoryPackage Npm(string name, string version) => new(Ecosystem.Npm, name, version, 1);

    private const string Lodash = """
        {
          "id": "GHSA-aaaa", "aliases": ["CVE-2020-1"],
          "affected": [{
            "package": { "ecosystem": "npm", "name": "lodash" },
            "ranges": [{ "type": "SEMVER", "events": [
              { "introduced": "0" }, { "fixed": "4.17.21" },
              { "introduced": "5.0.0" }, { "last_affected": "5.2.0" }
            ] }]
          }]
        }
        """;

    [Theory]
    [InlineData("4.17.20", true)]
    [InlineData("4.17.21", false)]
    [InlineData("4.99.0", false)]
    [InlineData("5.0.0", true)]
    [InlineData("5.2.0", true)]
    [InlineData("5.2.1", false)]
    [InlineData("0.0.1-alpha", true)]
    public void Semver_range_with_introduced_fixed_and_last_affected(string version, bool affected)
    {
        var matcher = new OsvMatcher([Record(Lodash)]);
        Assert.Equal(affected, matcher.Match(Npm("lodash", version)).Count == 1);
    }

    [Fact]
    public void Fix_suggested_is_the_smallest_fixed_version_above_the_installed_one()
    {
        const string json = """
            { "id": "X-1", "affected": [{ "package": { "ecosystem": "PyPI", "name": "Django" },
              "ranges": [{ "type": "ECOSYSTEM", "events": [{ "introduced": "0" }, { "fixed": "3.2.25" }, { "introduced": "4.0" }, { "fixed": "4.2.11" }] }] }] }
            """;
        var match = Assert.Single(new OsvMatcher([Record(json)]).Match(new InventoryPackage(Ecosystem.PyPI, "django", "4.1.0", 3)));
        Assert.Equal(["3.2.25", "4.2.11"], match.FixedVersions);
        Assert.Equal("4.2.11", match.SuggestedFix);
    }

    [Fact]
    public void Explicit_versions_list_matches_exactly_and_names_are_normalized()
    {
        const string json = """
            { "id": "PYSEC-1", "affected": [{ "package": { "ecosystem": "PyPI", "name": "Zope.Interface" }, "versions": ["1.0", "1.1"] }] }
            """;
        var matcher = new OsvMatcher([Record(json)]);
        Assert.Single(matcher.Match(new InventoryPackage(Ecosystem.PyPI, "zope_interface", "1.1", 1)));
        Assert.Empty(matcher.Match(new InventoryPackage(Ecosystem.PyPI, "zope_interface", "1.2", 1)));
    }

    [Fact]
    public void Limit_bounds_the_range_and_withdrawn_records_are_ignored()
    {
        const string limited = """
            { "id": "L-1", "affected": [{ "package": { "ecosystem": "npm", "name": "a" },
              "ranges": [{ "type": "SEMVER", "events": [{ "introduced": "1.0.0" }, { "limit": "2.0.0" }] }] }] }
            """;
        const string withdrawn = """
            { "id": "W-1", "withdrawn": "2024-01-01T00:00:00Z", "affected": [{ "package": { "ecosystem": "npm", "name": "a" },
              "ranges": [{ "type": "SEMVER", "events": [{ "introduced": "0" }] }] }] }
            """;
        var matcher = new OsvMatcher([Record(limited), Record(withdrawn)]);
        Assert.Equal("L-1", Assert.Single(matcher.Match(Npm("a", "1.5.0"))).Id);
        Assert.Empty(matcher.Match(Npm("a", "2.0.0")));
        Assert.Empty(matcher.Match(Npm("a", "0.9.0")));
    }

    [Fact]
    public void Records_sharing_an_alias_become_one_match_with_every_id()
    {
        const string ghsa = """
            { "id": "GHSA-x", "aliases": ["CVE-2024-9"], "affected": [{ "package": { "ecosystem": "PyPI", "name": "req" },
              "ranges": [{ "type": "ECOSYSTEM", "events": [{ "introduced": "0" }, { "fixed": "2.0" }] }] }] }
            """;
        const string pysec = """
            { "id": "PYSEC-2024-1", "aliases": ["CVE-2024-9", "GHSA-x"], "affected": [{ "package": { "ecosystem": "PyPI", "name": "req" },
              "ranges": [{ "type": "ECOSYSTEM", "events": [{ "introduced": "0" }, { "fixed": "2.1" }] }] }] }
            """;
        const string other = """
            { "id": "PYSEC-2024-2", "affected": [{ "package": { "ecosystem": "PyPI", "name": "req" }, "versions": ["1.0"] }] }
            """;
        var matches = new OsvMatcher([Record(ghsa), Record(pysec), Record(other)]).Match(new InventoryPackage(Ecosystem.PyPI, "req", "1.0", 1));
        Assert.Equal(2, matches.Count);
        var merged = matches.Single(m => m.Records.Count == 2);
        Assert.Equal("GHSA-x", merged.Id);
        Assert.Equal(["CVE-2024-9", "PYSEC-2024-1"], merged.Aliases);
        Assert.Equal(["2.0", "2.1"], merged.FixedVersions);
    }

    [Fact]
    public void Git_ranges_and_other_ecosystems_do_not_match()
    {
        const string json = """
            { "id": "G-1", "affected": [
              { "package": { "ecosystem": "npm", "name": "a" }, "ranges": [{ "type": "GIT", "repo": "r", "events": [{ "introduced": "0" }] }] },
              { "package": { "ecosystem": "PyPI", "name": "a" }, "ranges": [{ "type": "ECOSYSTEM", "events": [{ "introduced": "0" }] }] }
            ] }
            """;
        Assert.Empty(new OsvMatcher([Record(json)]).Match(Npm("a", "1.0.0")));
    }

    [Fact]
    public void Malformed_record_is_an_error_not_an_exception()
    {
        var (record, error) = OsvReader.Read("{ \"affected\": [] }"u8);
        Assert.Null(record);
        Assert.Contains("'id'", error, StringComparison.Ordinal);
        Assert.StartsWith("invalid JSON at line 2", OsvReader.Read("{\n\"id\": }"u8).Error, StringComparison.Ordinal);
    }
}
