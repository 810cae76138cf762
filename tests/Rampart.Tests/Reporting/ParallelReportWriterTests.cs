using System.Text;
using System.Text.Json;
using Rampart.Findings;
using Rampart.Reporting;
using Rampart.Testing;

namespace Rampart.Tests.Reporting;

/// <summary>The JSON and SARIF writers serialise findings in blocks on several threads; the bytes are the one-thread bytes.</summary>
public sealed class ParallelReportWriterTests
{
    public static TheoryData<string, int, int> Sizes => new()
    {
        // format, findings added to the sample report's ten, findings per block
        { "json", 0, 1 },
        { "json", 1, 1 },
        { "json", 1, 128 },
        { "json", 117, 128 },
        { "json", 118, 128 },
        { "json", 119, 128 },
        { "json", 245, 128 },
        { "json", 1000, 128 },
        { "json", 300, 7 },
        { "sarif", 0, 1 },
        { "sarif", 1, 1 },
        { "sarif", 119, 128 },
        { "sarif", 1000, 128 },
        { "sarif", 300, 7 },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Findings_written_on_several_threads_give_the_bytes_of_one_thread(string format, int added, int perBlock)
    {
        var report = WithFindings(added);
        var serial = Bytes(format, report, SampleReports.Options with { Parallelism = 1 });

        foreach (var parallelism in new[] { 2, 3, 8 })
        {
            var parallel = Bytes(format, report, SampleReports.Options with { Parallelism = parallelism, FindingsPerBlock = perBlock });
            Assert.Equal(Encoding.UTF8.GetString(serial), Encoding.UTF8.GetString(parallel));
        }

        using var json = JsonDocument.Parse(serial);
        var findings = format == "json"
            ? json.RootElement.GetProperty("findings")
            : json.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Equal(10 + added, findings.GetArrayLength());
    }

    [Fact]
    public void A_report_of_many_findings_keeps_its_non_ascii_text_across_blocks()
    {
        var report = WithFindings(500);

        var text = Encoding.UTF8.GetString(Bytes("json", report, SampleReports.Options with { Parallelism = 2, FindingsPerBlock = 3 }));

        using var json = JsonDocument.Parse(text);
        var messages = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("message").GetString()).ToList();
        Assert.Contains("\uD83D\uDE80 déploiement 日本 499 😀", messages);
        Assert.Contains("broken \uFFFD text 7", messages);
    }

    [Fact]
    public void Writing_through_a_text_writer_gives_the_same_text_on_several_threads()
    {
        var report = WithFindings(400);

        var serial = SampleReports.Render(new JsonReportWriter(), report, SampleReports.Options with { Parallelism = 1 });
        var parallel = SampleReports.Render(new JsonReportWriter(), report, SampleReports.Options with { Parallelism = 2, FindingsPerBlock = 16 });

        Assert.Equal(serial, parallel);
    }

    /// <summary>
    /// The sample report with <paramref name="added"/> more findings of the same rule: accented letters, CJK, emoji
    /// (surrogate pairs) and every seventh with an unpaired surrogate, which the writers replace with U+FFFD.
    /// </summary>
    private static ScanReport WithFindings(int added)
    {
        var findings = Enumerable.Range(0, added)
            .Select(i => SampleFindings.ImageLowUnowned with
            {
                Message = i % 7 == 0 ? $"broken \ud83d text {i}" : $"\uD83D\uDE80 déploiement 日本 {i} 😀",
                Location = new SourceLocation($"images/app-{i % 13}/Dockerfile", 1 + (i % 5), 1),
                Owners = i % 4 == 0 ? [] : [$"@équipe-{i % 3}"],
                Status = i % 9 == 0 ? FindingStatus.Waived : FindingStatus.Open,
            })
            .ToList();
        return SampleReports.Representative() with { Findings = [.. SampleReports.Representative().Findings, .. findings] };
    }

    private static byte[] Bytes(string format, ScanReport report, ReportOptions options)
    {
        IUtf8ReportWriter writer = format == "json" ? new JsonReportWriter() : new SarifReportWriter();
        using var stream = new MemoryStream();
        writer.Write(report, stream, options);
        return stream.ToArray();
    }
}
