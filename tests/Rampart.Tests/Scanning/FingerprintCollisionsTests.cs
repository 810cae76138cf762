using Rampart.Findings;
using Rampart.Scanning;
using Rampart.Tests.Testing;

namespace Rampart.Tests.Scanning;

public sealed class FingerprintCollisionsTests
{
    [Fact]
    public void Later_findings_with_the_fingerprint_of_an_earlier_one_in_the_same_file_count_their_occurrence()
    {
        List<Finding> findings =
        [
            TestFindings.Make(path: "a.yaml", line: 30, fingerprint: "00000000000000aa"),
            TestFindings.Make(path: "a.yaml", line: 10, fingerprint: "00000000000000aa"),
            TestFindings.Make(path: "b.yaml", line: 10, fingerprint: "00000000000000aa"),
            TestFindings.Make(path: "a.yaml", line: 20, fingerprint: "00000000000000aa"),
            TestFindings.Make(path: "a.yaml", line: 40, fingerprint: "00000000000000bb"),
        ];

        FingerprintCollisions.Resolve(findings, f => f with { Fingerprint = $"refingerprinted {f.Discriminator}" });

        Assert.Equal(
            ["refingerprinted #3", "00000000000000aa", "00000000000000aa", "refingerprinted #2", "00000000000000bb"],
            findings.Select(f => f.Fingerprint));
    }
}
