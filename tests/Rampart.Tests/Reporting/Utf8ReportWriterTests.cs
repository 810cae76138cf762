using System.Text;
using System.Text.Json;
using Rampart.Reporting;
using Rampart.Testing;

namespace Rampart.Tests.Reporting;

public sealed class Utf8ReportWriterTests
{
    public static TheoryData<string> Formats => new() { "json", "sarif" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Bytes_written_to_a_stream_equal_the_text_written_through_a_utf8_text_writer(string format)
    {
        var writer = Writer(format);
        var report = Unicode();

        var direct = Direct(writer, report);
        var text = ThroughText(writer, report);

        Assert.True(direct.Length > 200 * 1024, $"the report should span several flushes, it has {direct.Length} bytes");
        Assert.Equal(text, direct);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Bytes_written_to_a_stream_have_no_byte_order_mark_and_end_with_one_newline(string format)
    {
        var direct = Direct(Writer(format), Unicode());

        Assert.Equal((byte)'{', direct[0]);
        Assert.Equal((byte)'\n', direct[^1]);
        Assert.NotEqual((byte)'\n', direct[^2]);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Bytes_written_to_a_stream_decode_to_the_text_a_string_writer_receives(string format)
    {
        var writer = Writer(format);
        var report = Unicode();

        var decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Direct(writer, report));

        Assert.Equal(SampleReports.Render(writer, report, SampleReports.Options), decoded);
        using var json = JsonDocument.Parse(decoded);
        var strings = Strings(json.RootElement).ToList();
        Assert.Contains(strings, text => text.StartsWith("\uD83D\uDE80 déploiement 日本", StringComparison.Ordinal));
        Assert.Contains(strings, text => text.StartsWith("broken \uFFFD text", StringComparison.Ordinal));
    }

    [Fact]
    public void A_writer_of_another_format_reaches_a_stream_through_utf8_text_without_a_byte_order_mark()
    {
        var writer = new MarkdownReportWriter();
        var report = Unicode();
        using var stream = new MemoryStream();

        ReportStreams.Write(writer, report, stream, SampleReports.Options);

        Assert.IsNotAssignableFrom<IUtf8ReportWriter>(writer);
        Assert.Equal(Encoding.UTF8.GetBytes(SampleReports.Render(writer, report, SampleReports.Options)), stream.ToArray());
    }

    /// <summary>
    /// A report large enough that its bytes reach the output in several pieces, whose text has accented letters, CJK,
    /// emoji (surrogate pairs, some split across pieces) and an unpaired surrogate (written as U+FFFD).
    /// </summary>
    private static ScanReport Unicode()
    {
        var findings = Enumerable.Range(0, 600)
            .Select(i => SampleFindings.ImageLowUnowned with
            {
                Message = i % 7 == 0 ? $"broken \ud83d text {i}" : $"{new string('x', i % 5)}\uD83D\uDE80 déploiement 日本 {i} 😀",
                Owners = [$"@équipe-{i % 3}"],
            })
            .ToList();
        return SampleReports.Representative() with { Findings = [.. SampleReports.Representative().Findings, .. findings] };
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property => Strings(property.Value)),
        _ => [],
    };

    private static IUtf8ReportWriter Writer(string format) =>
        format == "json" ? new JsonReportWriter() : new SarifReportWriter();

    private static byte[] Direct(IUtf8ReportWriter writer, ScanReport report)
    {
        using var stream = new MemoryStream();
        writer.Write(report, stream, SampleReports.Options);
        return stream.ToArray();
    }

    /// <summary>The path every report took before: UTF-8 decoded to characters, then encoded again by a <see cref="StreamWriter"/>.</summary>
    private static byte[] ThroughText(IReportWriter writer, ScanReport report)
    {
        using var stream = new MemoryStream();
        using (var text = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: -1, leaveOpen: true))
        {
            writer.Write(report, text, SampleReports.Options);
        }

        return stream.ToArray();
    }
}
