using Rampart.Findings;
using Rampart.Ownership;

namespace Rampart.Scanning;

/// <summary>
/// The attribute and fingerprint stage, the one place findings get their owners, their responsibility and their
/// fingerprint: every finding of a scan passes here, whichever stage made it (the analyze stage hands each of its
/// findings over as it makes it).
/// </summary>
internal sealed class AttributionStage(Attributor attributor)
{
    public Finding Apply(Finding finding)
    {
        var (owners, responsibility) = attributor.Resolve(finding);
        return finding with { FingerprintBits = Fingerprinter.ComputeBits(finding), Owners = owners, Responsibility = responsibility };
    }

    /// <summary>Applies <see cref="Apply"/> to every finding of <paramref name="findings"/>, in place.</summary>
    public void ApplyAll(List<Finding> findings, int parallelism, CancellationToken cancellation) =>
        Parallel.For(
            0,
            findings.Count,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellation },
            i => findings[i] = Apply(findings[i]));
}
