using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Rampart.Reporting;

namespace Rampart.Tests.Reporting;

public sealed class JsonArrayBlocksTests
{
    public static TheoryData<int, int> Edges => new()
    {
        // items, items per block
        { 0, 1 },
        { 1, 1 },
        { 2, 1 },
        { 5, 2 },
        { 6, 2 },
        { 7, 2 },
        { 63, 64 },
        { 64, 64 },
        { 65, 64 },
        { 129, 64 },
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void Items_written_in_blocks_equal_items_written_one_by_one_at_any_depth(int count, int perBlock)
    {
        var items = Enumerable.Range(0, count).Select(i => $"item {i} é日😀").ToList();

        foreach (var depth in new[] { 1, 2, 4 })
        {
            var serial = Document(depth, json => JsonArrayBlocks.Write(json, items, WriteItem, parallelism: 1, perBlock));
            var blocks = Document(depth, json => JsonArrayBlocks.Write(json, items, WriteItem, parallelism: 2, perBlock));

            Assert.Equal(serial, blocks);
            Assert.Equal(count, Innermost(JsonDocument.Parse(serial).RootElement, depth).GetArrayLength());
        }
    }

    [Fact]
    public void Blocks_are_written_by_writers_of_their_own_when_there_are_several()
    {
        var writers = new ConcurrentDictionary<Utf8JsonWriter, bool>();
        var items = Enumerable.Range(0, 10).ToList();

        var text = Document(2, json => JsonArrayBlocks.Write(json, items, (writer, item) =>
        {
            writers.TryAdd(writer, true);
            writer.WriteNumberValue(item);
        }, parallelism: 2, perBlock: 3));

        Assert.Equal(4, writers.Count);
        Assert.Equal(items, Innermost(JsonDocument.Parse(text).RootElement, 2).EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public void An_item_writer_serves_one_block_at_a_time_and_is_used_again_for_later_blocks()
    {
        var items = Enumerable.Range(0, 300).ToList();
        var (made, overlaps) = (0, 0);

        var text = Document(1, json => JsonArrayBlocks.Write(json, items, () =>
        {
            Interlocked.Increment(ref made);
            var busy = 0;
            return (writer, item) =>
            {
                if (Interlocked.Exchange(ref busy, 1) == 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                writer.WriteNumberValue(item);
                Volatile.Write(ref busy, 0);
            };
        }, parallelism: 2, perBlock: 3));

        Assert.Equal(items, JsonDocument.Parse(text).RootElement.EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(0, overlaps);
        // 100 blocks, at most twice the parallelism of them under way at once.
        Assert.InRange(made, 1, 4);
    }

    [Fact]
    public void A_failure_while_writing_a_block_reaches_the_caller()
    {
        var items = Enumerable.Range(0, 50).ToList();

        var failure = Assert.Throws<InvalidOperationException>(() => Document(1, json => JsonArrayBlocks.Write(json, items, (writer, item) =>
        {
            if (item == 33)
            {
                throw new InvalidOperationException("item 33");
            }

            writer.WriteNumberValue(item);
        }, parallelism: 2, perBlock: 4)));
        Assert.Equal("item 33", failure.Message);
    }

    private static void WriteItem(Utf8JsonWriter json, string item)
    {
        json.WriteStartObject();
        json.WriteString("name", item);
        json.WriteStartArray("parts");
        json.WriteNumberValue(item.Length);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>An indented document whose items sit <paramref name="depth"/> containers deep (objects and arrays by turns).</summary>
    private static string Document(int depth, Action<Utf8JsonWriter> writeItems)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonReportWriter.WriterOptions))
        {
            for (var level = 1; level < depth; level++)
            {
                if (level % 2 == 1)
                {
                    json.WriteStartObject();
                    json.WriteString("level", level.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    json.WritePropertyName("inner");
                }
                else
                {
                    json.WriteStartArray();
                    json.WriteNullValue();
                }
            }

            json.WriteStartArray();
            writeItems(json);
            json.WriteEndArray();
            for (var level = depth - 1; level >= 1; level--)
            {
                if (level % 2 == 1)
                {
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteEndArray();
                }
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static JsonElement Innermost(JsonElement root, int depth)
    {
        var element = root;
        for (var level = 1; level < depth; level++)
        {
            element = level % 2 == 1 ? element.GetProperty("inner") : element[1];
        }

        return element;
    }
}
