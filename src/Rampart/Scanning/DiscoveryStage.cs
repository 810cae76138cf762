using Rampart.Artifacts;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Reporting;

namespace Rampart.Scanning;

/// <summary>
/// The discover stage: the artifact's files, classified, the findings about what was found (templates not rendered,
/// binary files named as YAML, paths that could not be walked) and what discovery alone tells of coverage.
/// </summary>
internal sealed class DiscoveryStage(IArtifact artifact, DiscoveryOptions options)
{
    public sealed record Result(IReadOnlyList<DiscoveredFile> Files, List<Finding> Findings, ScanCoverage Coverage);

    public Result Run(CancellationToken cancellation)
    {
        var files = new List<DiscoveredFile>();
        var findings = new List<Finding>();
        int notRendered = 0, notScanned = 0;
        foreach (var item in artifact.Discover(options, cancellation))
        {
            switch (item)
            {
                case DiscoveredFile file:
                    files.Add(file);
                    if (file.NotRenderedReason is not null)
                    {
                        notRendered++;
                        findings.Add(DiscoveryFindings.NotRendered(file));
                    }
                    else if (file is { Kind: FileKind.Binary, Format: not FileFormat.Unknown })
                    {
                        notScanned++;
                        findings.Add(DiscoveryFindings.Binary(file));
                    }

                    break;
                case DiscoveryProblem problem:
                    notScanned += UnscannedRules.ReasonOf(problem.Finding.RuleId) is null ? 0 : 1;
                    findings.Add(problem.Finding);
                    break;
            }
        }

        return new Result(files, findings, ScanCoverage.None with { NotRendered = notRendered, NotScanned = notScanned });
    }
}
