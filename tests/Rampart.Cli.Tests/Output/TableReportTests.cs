using Rampart.Cli.Output;
using Rampart.Findings;
using Rampart.Reporting;
using Rampart.Testing;

namespace Rampart.Cli.Tests.Output;

public sealed class TableReportTests
{
    [Fact]
    public void Without_colour_the_table_has_no_escape_codes()
    {
        var text = Render(SampleReports.Options with { Color = false });

        Assert.DoesNotContain('\u001b', text);
    }

    [Fact]
    public void With_colour_severities_are_coloured()
    {
        var text = Render(SampleReports.Options with { Color = true });

        Assert.Contains("\u001b[", text, StringComparison.Ordinal);
        Assert.Contains("CRITICAL", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(60)]
    [InlineData(80)]
    [InlineData(132)]
    public void No_line_is_wider_than_the_width(int width)
    {
        var text = Render(SampleReports.Options with { Width = width });

        foreach (var line in text.Split('\n'))
        {
            Assert.True(Cells(line) <= width, $"{Cells(line)} cells > {width}: {line}");
        }
    }

    [Fact]
    public void A_width_below_the_minimum_is_raised_to_it()
    {
        var text = Render(SampleReports.Options with { Width = 5 });

        Assert.All(text.Split('\n'), line => Assert.True(Cells(line) <= TableReportWriter.MinimumWidth, line));
    }

    [Fact]
    public void Markup_characters_in_messages_print_as_they_are()
    {
        var text = Render(SampleReports.Options with { Width = 200 });

        Assert.Contains("Patch [red]bold[/] <script>alert(1)</script> & \"quotes\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_are_grouped_under_one_heading_per_file_in_path_order()
    {
        var text = Render(SampleReports.Options with { Width = 200, ShowNotOpen = true });
        var headings = text.Split('\n').Where(line => line.EndsWith(" finding", StringComparison.Ordinal) || line.EndsWith(" findings", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            [
                "app/package-lock.json  1 finding",
                "apps/alice/config.yaml  1 finding",
                "clusters/prod/kustomization.yaml  1 finding",
                "deploy/my app/ünïcode #1%.yaml  1 finding",
                "deploy/web.yaml  4 findings",
                "images/api/Dockerfile  1 finding",
                "platform/rbac.yaml  1 finding",
            ],
            headings);
    }

    [Fact]
    public void The_summary_gives_the_gate_verdict()
    {
        var text = Render(SampleReports.Options with { Width = 200, ShowNotOpen = true });

        Assert.Contains("Gate: FAILED (fails on high and above; 2 findings over the threshold; failed: payments)", text, StringComparison.Ordinal);
        Assert.Contains("  payments: failed (fails on high; 3 open, 2 over the threshold)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_with_an_unpaired_surrogate_is_written()
    {
        var report = SampleReports.Representative() with { Findings = [SampleFindings.ImageLowUnowned with { Message = "bad \ud800 text" }] };

        var text = SampleReports.Render(new TableReportWriter(), report, SampleReports.Options);

        Assert.Contains("bad \uFFFD text", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_report_lists_the_most_severe_findings_and_counts_the_rest()
    {
        var report = SampleReports.Representative();
        var total = report.Findings.Count;

        var text = SampleReports.Render(new TableReportWriter(), report, SampleReports.Options with { TableMaxFindings = 2, ShowNotOpen = true });

        Assert.Contains(SampleFindings.PrivilegedCritical.RuleId, text, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleFindings.ImageLowUnowned.RuleId, text.Split("… ")[0], StringComparison.Ordinal);
        Assert.Contains($"… {total - 2} more findings in ", text, StringComparison.Ordinal);
        Assert.Contains($"{total} findings", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_resource_name_is_cut_so_the_table_takes_the_same_memory_whatever_its_length()
    {
        // A cell is cut before it is laid out: an 800 KB name once took 1.77 GB to draw.
        var (shortText, shortBytes) = RenderWithName(new string('n', 20_000));
        var (longText, longBytes) = RenderWithName(new string('n', 200_000));

        Assert.InRange(longBytes, 0, shortBytes * 2);
        Assert.Equal(shortText, longText);
        Assert.Contains("n…", longText, StringComparison.Ordinal);
        Assert.True(longText.Length < 20_000, $"{longText.Length} characters");
    }

    [Fact]
    public void A_long_message_is_cut_with_an_ellipsis()
    {
        string Render(string message) => SampleReports.Render(new TableReportWriter(), SampleReports.Representative() with
        {
            Findings = [SampleFindings.ImageLowUnowned with { Message = message }],
        }, SampleReports.Options with { Width = 200 });

        var plain = Render("start  end");
        var cut = Render("start " + new string('m', 50_000) + " end");

        Assert.Contains("m…", cut, StringComparison.Ordinal);
        Assert.DoesNotContain(" end", cut, StringComparison.Ordinal);
        var shown = cut.Count(c => c == 'm') - plain.Count(c => c == 'm');
        Assert.Equal(TableReportWriter.MaxCell - "start ".Length - "…".Length, shown);
    }

    [Fact]
    public void Every_team_has_its_line_under_the_gate_and_the_failed_ones_are_named()
    {
        var teams = Enumerable.Range(1, 12).Select(i => new Rampart.Gate.TeamGateResult(
            $"team-{i:00}", i % 3 == 0 ? Severity.High : null, i, i % 4 == 0 ? 1 : 0, i % 4 != 0)).ToList();
        var report = SampleReports.Empty() with { Gate = new Rampart.Gate.GateResult(false, Severity.High, teams) };

        var text = SampleReports.Render(new TableReportWriter(), report, SampleReports.Options);

        Assert.Equal(
            """
            Scanned 3 files and 5 resources in 0.12s: 0 findings, 0 open.
            Coverage: 3 manifests (5 resources) checked, 0 not rendered, 0 YAML/JSON without Kubernetes objects, 0 not scanned.
            Gate: FAILED (fails on high and above; 0 findings over the threshold; failed: team-04, team-08, team-12)
              team-01: passed (no threshold of its own; 1 open, 0 over the threshold)
              team-02: passed (no threshold of its own; 2 open, 0 over the threshold)
              team-03: passed (fails on high; 3 open, 0 over the threshold)
              team-04: failed (no threshold of its own; 4 open, 1 over the threshold)
              team-05: passed (no threshold of its own; 5 open, 0 over the threshold)
              team-06: passed (fails on high; 6 open, 0 over the threshold)
              team-07: passed (no threshold of its own; 7 open, 0 over the threshold)
              team-08: failed (no threshold of its own; 8 open, 1 over the threshold)
              team-09: passed (fails on high; 9 open, 0 over the threshold)
              team-10: passed (no threshold of its own; 10 open, 0 over the threshold)
              team-11: passed (no threshold of its own; 11 open, 0 over the threshold)
              team-12: failed (fails on high; 12 open, 1 over the threshold)
            Not checked: nothing.

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void A_long_file_path_heading_wraps_at_the_width_with_its_count()
    {
        var finding = SampleFindings.ImageLowUnowned with
        {
            Location = SampleFindings.ImageLowUnowned.Location with { Path = "clusters/production/europe-west/apps/payments/overlays/deployment.yaml" },
        };
        var report = SampleReports.Empty() with { Findings = [finding] };

        var text = SampleReports.Render(new TableReportWriter(), report, SampleReports.Options with { Width = 40 });

        // The path is folded; the space the count breaks at stays at the end of its line.
        Assert.StartsWith(
            "clusters/production/europe-west/apps/pay\n"
            + "ments/overlays/deployment.yaml  1 \n"
            + "finding\n╭",
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_reaches_its_writer_in_blocks_not_a_write_per_cell()
    {
        // Standard output flushes on every write it is given: a write per border, padding and word was a system call each.
        var findings = Enumerable.Range(1, 400).Select(i => SampleFindings.ImageLowUnowned with
        {
            Location = SampleFindings.ImageLowUnowned.Location with { Line = i },
            Message = $"The last USER instruction of stage {i} is root",
        }).ToList();
        var output = new CountingWriter();

        new TableReportWriter().Write(SampleReports.Empty() with { Findings = findings }, output, SampleReports.Options);

        Assert.True(output.Length > 32 * 1024, $"{output.Length} characters");
        Assert.InRange(output.Writes, 1, output.Length / (32 * 1024) + 1);
    }

    private sealed class CountingWriter : TextWriter
    {
        public int Writes { get; private set; }

        public int Length { get; private set; }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => Count(1);

        public override void Write(string? value) => Count(value?.Length ?? 0);

        public override void Write(char[] buffer, int index, int count) => Count(count);

        private void Count(int length)
        {
            Writes++;
            Length += length;
        }
    }

    private static (string Text, long Allocated) RenderWithName(string name)
    {
        var finding = SampleFindings.PrivilegedCritical with { Resource = new ResourceRef("apps/v1", "Deployment", "shop", name) };
        var report = SampleReports.Representative() with { Findings = [finding, finding with { RuleId = "RMP-K8S-002" }] };
        SampleReports.Render(new TableReportWriter(), report with { Findings = [SampleFindings.ImageLowUnowned] }, SampleReports.Options);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var text = SampleReports.Render(new TableReportWriter(), report, SampleReports.Options);
        return (text, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static string Render(ReportOptions options) =>
        SampleReports.Render(new TableReportWriter(), SampleReports.Representative(), options);

    /// <summary>Terminal cells: East Asian wide characters and emoji take two, everything else one.</summary>
    private static int Cells(string line)
    {
        var cells = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var value = rune.Value;
            var wide = value is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3
                or >= 0xF900 and <= 0xFAFF or >= 0xFF00 and <= 0xFF60 or >= 0x1F300 and <= 0x1FAFF;
            cells += wide ? 2 : 1;
        }

        return cells;
    }
}
