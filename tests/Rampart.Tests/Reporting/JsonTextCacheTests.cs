using System.Text;
using System.Text.Json;
using Rampart.Reporting;

namespace Rampart.Tests.Reporting;

public sealed class JsonTextCacheTests
{
    public static TheoryData<string, string> Values => new()
    {
        // value, what the report's writer writes for it
        { "plain", "\"plain\"" },
        { "say \"hi\" \\ now", "\"say \\\"hi\\\" \\\\ now\"" },
        { "line\nbreak\ttab\u0001", "\"line\\nbreak\\ttab\\u0001\"" },
        { "<b>&'</b>", "\"<b>&'</b>\"" },
        // The relaxed encoder keeps the BMP as it is and escapes characters beyond it.
        { "é日😀", "\"é日\\uD83D\\uDE00\"" },
        { "a\u2028b", "\"a\\u2028b\"" },
        { "lone \ud800 high", "\"lone \uFFFD high\"" },
        { "", "\"\"" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_cached_value_is_written_as_the_report_writes_the_string(string value, string expected)
    {
        var cache = new JsonTextCache();

        var first = Written(json => json.WriteStringValue(cache.Of(value)));
        var again = Written(json => json.WriteStringValue(cache.Of(value)));

        Assert.Equal(expected, first);
        Assert.Equal(expected, again);
        Assert.Equal(Written(json => json.WriteStringValue(ReportText.WellFormed(value))), first);
    }

    [Fact]
    public void Many_more_values_than_the_cache_holds_each_keep_their_own_text()
    {
        var cache = new JsonTextCache();
        var values = Enumerable.Range(0, 5000).Select(i => $"value {i}").ToList();

        for (var round = 0; round < 2; round++)
        {
            foreach (var value in values)
            {
                Assert.Equal(value, cache.Of(value).Value);
            }
        }
    }

    [Fact]
    public void Equal_text_in_two_instances_gives_the_same_bytes()
    {
        var cache = new JsonTextCache();
        var one = string.Concat("same", " text");
        var other = string.Concat("same ", "text");

        Assert.False(ReferenceEquals(one, other));
        Assert.True(cache.Of(one).EncodedUtf8Bytes.SequenceEqual(cache.Of(other).EncodedUtf8Bytes));
    }

    private static string Written(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonReportWriter.WriterOptions))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
