using Rampart.Findings;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Findings;

/// <summary>
/// A large scan holds every finding until its report is written (146,868 on the 50,000-resource repository of
/// bench/scan-ab.sh), so what one finding holds is pinned here by counting bytes and shared instances.
/// </summary>
public sealed class FindingShapeTests
{
    private static readonly RuleDescriptor Rule = new()
    {
        Id = "RMP-TEST-001",
        Title = "A rule with every part a report shows",
        Category = Category.Misconfiguration,
        Severity = Severity.High,
        Responsibility = Responsibility.Platform,
        Aliases = ["KSV001", "privileged"],
        Remediation = "Set securityContext.privileged to false.",
        HelpUri = "https://rampart.dev/rules/RMP-TEST-001",
    };

    [Fact]
    public void Findings_of_one_rule_share_one_copy_of_its_title_aliases_remediation_and_link()
    {
        var a = Rule.Report("first", new SourceLocation("a.yaml", 1, 1));
        var b = Rule.Report("second", new SourceLocation("b.yaml", 2, 1));

        Assert.Same(a.RuleFacts, b.RuleFacts);
        Assert.Equal(("A rule with every part a report shows", Category.Misconfiguration, "Set securityContext.privileged to false.", "https://rampart.dev/rules/RMP-TEST-001"),
            (b.Title, b.Category, b.Remediation, b.HelpUri));
        Assert.Equal(["KSV001", "privileged"], b.Aliases);
    }

    [Fact]
    public void Setting_one_part_of_the_rule_changes_that_finding_only()
    {
        var shared = Rule.Report("message", new SourceLocation("a.yaml", 1, 1));

        var own = shared with { Title = "Another title", Aliases = ["CVE-2026-0001"] };

        Assert.Equal(("Another title", "Set securityContext.privileged to false."), (own.Title, own.Remediation));
        Assert.Equal(["CVE-2026-0001"], own.Aliases);
        Assert.Equal("A rule with every part a report shows", shared.Title);
        Assert.Equal(["KSV001", "privileged"], shared.Aliases);
    }

    [Fact]
    public void A_fingerprinted_copy_of_a_finding_takes_at_most_144_bytes()
    {
        // What the attribute stage keeps of every finding: a copy with its owners and fingerprint. Before findings
        // shared their rule's parts and held the fingerprint as 64 bits, one took about 190 bytes and its fingerprint
        // text 56 more.
        var finding = Rule.Report("message", new SourceLocation("apps/web.yaml", 12, 7, FieldPath: "spec.replicas"), TestFindings.Deployment());
        IReadOnlyList<string> owners = ["@acme/shop"];
        var copies = new Finding[1_000];
        Copy(finding, owners, copies);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Copy(finding, owners, copies);
        var perFinding = (GC.GetAllocatedBytesForCurrentThread() - before) / copies.Length;

        Assert.InRange(perFinding, 1, 144);
        Assert.Equal("00000000000003e7", copies[^1].Fingerprint);
    }

    [Theory]
    [InlineData("fp-RMP-K8S-001-a.yaml")]
    [InlineData("ABCDEF0123456789")]
    [InlineData("0123456789abcde")]
    [InlineData("")]
    public void A_fingerprint_that_is_not_16_lowercase_hex_digits_is_kept_as_written(string text)
    {
        var finding = TestFindings.Make(fingerprint: "0123456789abcdef") with { Fingerprint = text };

        Assert.Equal(text, finding.Fingerprint);
        Assert.Null(finding.FingerprintBits);
    }

    [Fact]
    public void A_computed_fingerprint_reads_back_as_the_text_it_was_given()
    {
        var finding = TestFindings.Make(fingerprint: "00ff00ff00ff00ff");

        Assert.Equal("00ff00ff00ff00ff", finding.Fingerprint);
        Assert.Equal(0x00ff00ff00ff00ffUL, finding.FingerprintBits);
        Assert.Equal(Fingerprinter.Compute(finding), Fingerprinter.Format(Fingerprinter.ComputeBits(finding)));
    }

    [Theory]
    [InlineData("00000000000000ff", "0000000000000100")]
    [InlineData("f000000000000000", "0fffffffffffffff")]
    [InlineData("0123456789abcdef", "0123456789abcdef")]
    [InlineData("0123456789abcdef", "fp-text")]
    [InlineData("fp-a", "fp-b")]
    [InlineData("", "0000000000000000")]
    public void Fingerprints_compare_as_their_texts_do(string x, string y)
    {
        var a = TestFindings.Make(fingerprint: x);
        var b = TestFindings.Make(fingerprint: y);

        Assert.Equal(Math.Sign(string.CompareOrdinal(x, y)), Math.Sign(a.CompareFingerprint(b)));
        Assert.Equal(Math.Sign(string.CompareOrdinal(y, x)), Math.Sign(b.CompareFingerprint(a)));
        Assert.Equal(x == y, a.SameFingerprint(b));
        Assert.True(x != y || a.FingerprintHash() == b.FingerprintHash());
    }

    private static void Copy(Finding finding, IReadOnlyList<string> owners, Finding[] copies)
    {
        for (var i = 0; i < copies.Length; i++)
        {
            copies[i] = finding with { FingerprintBits = (ulong)i, Owners = owners };
        }
    }
}
