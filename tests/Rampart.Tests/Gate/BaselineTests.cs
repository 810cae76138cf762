using Rampart.Findings;
using Rampart.Gate;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Gate;

public sealed class BaselineTests
{
    [Fact]
    public void A_written_baseline_reads_back_and_marks_known_findings()
    {
        var known = TestFindings.Make("RMP-K8S-001", fingerprint: "00000000000000aa");
        var waived = TestFindings.Make("RMP-K8S-002", fingerprint: "00000000000000bb") with { Status = FindingStatus.Waived };
        var path = Path.GetTempFileName();
        try
        {
            using (var file = File.Create(path))
            {
                Baseline.FromFindings([known, waived]).Write(file, "0.1.0");
            }

            var read = Baseline.Read(path);

            Assert.Null(read.Error);
            var baseline = read.Baseline!;
            Assert.Equal(["00000000000000aa"], baseline.Entries.Select(e => e.Fingerprint));
            Assert.Equal(
                [FindingStatus.Baselined, FindingStatus.Open],
                baseline.Apply([known, TestFindings.Make("RMP-K8S-001", fingerprint: "00000000000000cc")]).Select(f => f.Status));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Two_findings_with_one_fingerprint_are_two_entries()
    {
        var dev = TestFindings.Make(path: "dev/a.yaml", fingerprint: "same");
        var prod = TestFindings.Make(path: "prod/a.yaml", fingerprint: "same");

        var baseline = Baseline.FromFindings([dev, prod]);

        Assert.Equal(["dev/a.yaml", "prod/a.yaml"], baseline.Entries.Select(e => e.Path));
        Assert.Equal(
            [FindingStatus.Baselined, FindingStatus.Baselined, FindingStatus.Open],
            baseline.Apply([dev, prod, TestFindings.Make(path: "staging/a.yaml", fingerprint: "same")]).Select(f => f.Status));
    }

    [Theory]
    [InlineData("{ not json", ":1: not valid JSON")]
    [InlineData("{\"version\": 9, \"findings\": []}", "not a Rampart baseline")]
    [InlineData("{\"version\": 1.5, \"findings\": []}", "not a Rampart baseline")]
    [InlineData("{\"version\": 1e30, \"findings\": []}", "not a Rampart baseline")]
    [InlineData("{\"version\": 1, \"findings\": [{\"ruleId\": \"x\"}]}", "findings[0] has no \"fingerprint\"")]
    public void A_malformed_baseline_is_an_error_naming_the_file(string text, string message)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text);

            var read = Baseline.Read(path);

            Assert.Null(read.Baseline);
            Assert.StartsWith(path, read.Error, StringComparison.Ordinal);
            Assert.Contains(message, read.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_baseline_that_never_ends_stops_at_the_limit()
    {
        // A baseline kept in the repository may be replaced by a link to an endless device.
        var read = Baseline.Read("/dev/zero", maxBytes: 1024 * 1024);

        Assert.Null(read.Baseline);
        Assert.Contains("over the 1048576-byte limit", read.Error, StringComparison.Ordinal);
    }
}
