using System.Xml.Linq;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Reporting;
using Rampart.Testing;

namespace Rampart.Tests.Reporting;

public sealed class JUnitReportTests
{
    [Fact]
    public void Findings_over_the_threshold_fail_and_suppressed_waived_baselined_ones_are_skipped()
    {
        var xml = Parse(SampleReports.Representative());
        var cases = xml.Descendants("testcase").ToDictionary(Key);

        Assert.NotNull(cases["deploy/web.yaml|RMP-PSS-003 Deployment/prod/web at 24:13"].Element("failure"));
        Assert.NotNull(cases["deploy/web.yaml|RMP-SCHEMA-TYPE Deployment/prod/web at 30:30"].Element("failure"));
        Assert.Equal("skipped", cases["deploy/web.yaml|RMP-HYG-001 Deployment/prod/web at 22:18"].Elements().Single().Name.LocalName);
        Assert.Equal("skipped", cases["app/package-lock.json|CVE-2021-23337"].Elements().Single().Name.LocalName);
        Assert.Equal("system-out", cases["platform/rbac.yaml|RMP-RBAC-ADMIN ClusterRoleBinding/ci-deployer at 11:9"].Elements().Single().Name.LocalName);
    }

    [Fact]
    public void Counts_on_the_root_agree_with_the_test_cases()
    {
        var xml = Parse(SampleReports.Representative());
        var root = xml.Root!;

        Assert.Equal("11", root.Attribute("tests")!.Value);
        Assert.Equal("2", root.Attribute("failures")!.Value);
        Assert.Equal("3", root.Attribute("skipped")!.Value);
        Assert.Equal(11, xml.Descendants("testcase").Count());
        Assert.Equal(2, xml.Descendants("failure").Count());
        Assert.Equal(3, xml.Descendants("skipped").Count());
    }

    [Fact]
    public void Without_any_threshold_every_open_finding_is_a_failure()
    {
        var xml = Parse(SampleReports.Representative() with { Gate = GateResult.NoGate });

        Assert.Equal(7, xml.Descendants("failure").Count());
        Assert.Equal("7", xml.Root!.Attribute("failures")!.Value);
    }

    [Fact]
    public void Rules_that_found_nothing_are_passed_test_cases()
    {
        var xml = Parse(SampleReports.Representative());
        var suite = xml.Descendants("testsuite").Single(suite => suite.Attribute("name")!.Value == JUnitReportWriter.CleanRulesSuite);

        var single = Assert.Single(suite.Elements("testcase"));
        Assert.Equal("RMP-HYG-PDB No PodDisruptionBudget for a replicated workload", single.Attribute("name")!.Value);
        Assert.Empty(single.Elements());
    }

    [Fact]
    public void Two_findings_that_would_share_a_name_get_distinct_names_in_their_class()
    {
        var twin = SampleFindings.ImageLowUnowned with { Fingerprint = "other" };
        var xml = Parse(SampleReports.Representative() with { Findings = [SampleFindings.ImageLowUnowned, twin] });

        Assert.Equal(
            ["RMP-IMG-ROOT at 7:1", "RMP-IMG-ROOT at 7:1 #2"],
            xml.Descendants("testcase").Where(test => test.Attribute("classname")!.Value == "images/api/Dockerfile").Select(test => test.Attribute("name")!.Value));
    }

    [Fact]
    public void Characters_xml_cannot_hold_are_replaced_and_markup_is_escaped()
    {
        var finding = SampleFindings.PrivilegedCritical with { Message = "nul\u0000 esc\u001b lone\udc00 <tag> & ]]> end" };
        var text = SampleReports.Render(new JUnitReportWriter(), SampleReports.Representative() with { Findings = [finding] }, SampleReports.Options);

        var failure = XDocument.Parse(text).Descendants("failure").Single();
        Assert.StartsWith("critical RMP-PSS-003: nul\uFFFD esc\uFFFD lone\uFFFD <tag> & ]]> end", failure.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_document_is_utf8_without_a_byte_order_mark()
    {
        var text = SampleReports.Render(new JUnitReportWriter(), SampleReports.Empty(), SampleReports.Options);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<testsuites", text, StringComparison.Ordinal);
    }

    private static string Key(XElement test) => test.Attribute("classname")!.Value + "|" + test.Attribute("name")!.Value;

    private static XDocument Parse(ScanReport report) =>
        XDocument.Parse(SampleReports.Render(new JUnitReportWriter(), report, SampleReports.Options));
}
