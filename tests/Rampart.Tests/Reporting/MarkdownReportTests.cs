using System.Globalization;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Reporting;
using Rampart.Testing;

namespace Rampart.Tests.Reporting;

public sealed class MarkdownReportTests
{
    [Fact]
    public void The_headline_gives_the_verdict_and_how_many_findings_block()
    {
        Assert.StartsWith("## ❌ Rampart: failed — 2 findings block the merge\n", Render(SampleReports.Representative()), StringComparison.Ordinal);
        Assert.StartsWith("## ✅ Rampart: passed\n", Render(SampleReports.Empty()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_diff_report_says_what_changed_and_lists_what_was_fixed()
    {
        var report = SampleReports.Representative() with
        {
            Diff = new DiffSummary("origin/main", "0123abcd", 4, New: 2, Unchanged: 1, Fixed: [SampleFindings.SchemaHigh with { Change = ChangeKind.Fixed }]),
        };

        var text = Render(report);

        Assert.Contains("Compared with `origin/main` (4 changed files): **2 new**, 1 fixed, 1 unchanged.", text, StringComparison.Ordinal);
        Assert.Contains($"<details><summary>Fixed by this change</summary>\n\n- ~~{SampleFindings.SchemaHigh.Location.Path}~~ `{SampleFindings.SchemaHigh.RuleId}`", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_teams_come_first_then_owners_without_a_team_then_the_unowned()
    {
        var headings = Render(SampleReports.Representative()).Split('\n').Where(line => line.StartsWith("### ", StringComparison.Ordinal));

        Assert.Equal(["### ❌ `payments`", "### ✅ `platform`", "### ✅ `security`", "### `@alice`", "### Findings with no owner"], headings);
    }

    [Fact]
    public void A_team_section_lists_its_open_findings_most_severe_first()
    {
        var section = Section(Render(SampleReports.Representative()), "### ❌ `payments`");
        var items = section.Split('\n').Where(line => line.StartsWith("- ", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, items.Count);
        Assert.StartsWith("- 🔴 **critical** [deploy/web.yaml:24](deploy/web.yaml#L24) `RMP-PSS-003`", items[0], StringComparison.Ordinal);
        Assert.StartsWith("- 🟠 **high** [deploy/web.yaml:30](deploy/web.yaml#L30) `RMP-SCHEMA-TYPE`", items[1], StringComparison.Ordinal);
        Assert.StartsWith("- 🟡 **medium** [deploy/web.yaml:24](deploy/web.yaml#L24) `RMP-POLICY-CUSTOM`", items[2], StringComparison.Ordinal);
        Assert.EndsWith("**(blocks merge)**", items[0], StringComparison.Ordinal);
        Assert.DoesNotContain("blocks merge", items[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Untrusted_text_cannot_open_html_links_or_emphasis()
    {
        var text = Render(SampleReports.Representative());

        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.Contains(@"Patch \[red\]bold\[/\] \<script\>alert(1)\</script\> \& ""quotes"" \| \*stars\* \_under\_ \`tick\` \$x\$ is not rendered", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mentions_in_resource_text_notify_nobody_while_owners_stay_in_code_spans()
    {
        var hostile = SampleFindings.SchemaHigh with
        {
            Title = "Ping @org/everyone",
            Message = "(@admins) see @alice's note; write to dev@example.com",
            Remediation = "ask @security",
            Location = new SourceLocation("deploy/@team/app.yaml", 3, 1),
            Owners = ["@carol"],
        };
        var report = SampleReports.Representative() with { Findings = [hostile], Target = "@org/repo" };

        var text = Render(report);

        Assert.DoesNotMatch(@"(?<![A-Za-z0-9])@[A-Za-z0-9]", text.Replace("`@carol`", "", StringComparison.Ordinal));
        Assert.Contains("Ping @&#8203;org/everyone", text, StringComparison.Ordinal);
        Assert.Contains("(@&#8203;admins) see @&#8203;alice's note; write to dev@example.com", text, StringComparison.Ordinal);
        Assert.Contains("[deploy/@&#8203;team/app.yaml:3]", text, StringComparison.Ordinal);
        Assert.Contains("Fix: ask @&#8203;security", text, StringComparison.Ordinal);
        Assert.Contains("### `@carol`", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_use_the_source_link_base_when_given()
    {
        var report = SampleReports.Representative() with { Findings = [SampleFindings.SecretSuppressed with { Status = FindingStatus.Open }] };

        var text = Render(report, SampleReports.Options with { SourceLinkBase = "https://github.com/acme/gitops/blob/0123abc/" });


        Assert.Contains("[deploy/my app/ünïcode \\#1%.yaml:9](https://github.com/acme/gitops/blob/0123abc/deploy/my%20app/%C3%BCn%C3%AFcode%20%231%25.yaml#L9)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Beyond_ten_findings_a_section_folds_the_rest_into_details()
    {
        var text = Render(ReportWithManyFindings(25, messageLength: 20));
        var section = Section(text, "### ❌ `payments`");

        Assert.Equal(10, section.Split("\n<details>")[0].Split('\n').Count(line => line.StartsWith("- ", StringComparison.Ordinal)));
        Assert.Contains("<details><summary>15 more findings</summary>", section, StringComparison.Ordinal);
        Assert.Equal(25, section.Split('\n').Count(line => line.StartsWith("- ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_huge_report_is_cut_below_githubs_comment_limit_with_a_note_and_balanced_details()
    {
        var text = Render(ReportWithManyFindings(5_000, messageLength: 250));

        Assert.True(text.Length <= ReportOptions.GitHubCommentLimit, $"{text.Length} characters");
        Assert.Contains("This comment is shortened to fit GitHub's size limit", text, StringComparison.Ordinal);
        Assert.Equal(CountOf(text, "<details>"), CountOf(text, "</details>"));
        Assert.Contains("### ❌ `payments`", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4_000)]
    [InlineData(600)]
    [InlineData(50)]
    public void The_size_cap_holds_for_small_limits(int limit)
    {
        var text = Render(ReportWithManyFindings(300, messageLength: 100), SampleReports.Options with { MarkdownMaxCharacters = limit });

        Assert.True(text.Length <= limit, $"{text.Length} > {limit}");
    }

    private static ScanReport ReportWithManyFindings(int count, int messageLength)
    {
        var findings = Enumerable.Range(1, count).Select(i => SampleFindings.SchemaHigh with
        {
            Severity = (Severity)(i % 5),
            Message = string.Create(CultureInfo.InvariantCulture, $"finding {i} ") + new string('x', messageLength),
            Location = new SourceLocation(string.Create(CultureInfo.InvariantCulture, $"deploy/app-{i % 40}.yaml"), i, 1),
            Fingerprint = i.ToString(CultureInfo.InvariantCulture),
        });
        var gate = new GateResult(false, Severity.High, [new TeamGateResult("payments", Severity.High, count, count / 2, false) { Handles = ["@acme/payments"] }]);
        return SampleReports.Representative() with { Findings = [.. findings], Gate = gate };
    }

    private static string Section(string text, string heading)
    {
        var start = text.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {heading}");
        var end = text.IndexOf("\n### ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;

    private static string Render(ScanReport report, ReportOptions? options = null) =>
        SampleReports.Render(new MarkdownReportWriter(), report, options ?? SampleReports.Options);
}
