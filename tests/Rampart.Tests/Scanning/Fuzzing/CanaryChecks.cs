using Rampart.Discovery;
using Rampart.Reporting;
using Rampart.Scanning;
using Rampart.Testing.Fuzzing;

namespace Rampart.Tests.Scanning.Fuzzing;

/// <summary>
/// Nothing unscanned passes: the privileged container of every canary Pod is reported at its line, unless its file is
/// reported as not scanned (a finding that holds the gate), is ignored, or is a template or patch (not rendered, as
/// documented). Whatever a mutation did to the rest of the file, a privileged Pod never goes unseen.
/// </summary>
internal static class CanaryChecks
{
    public static IEnumerable<FuzzViolation> Seen(FuzzRepository repo, ScanReport report, IReadOnlyList<DiscoveryItem> walk)
    {
        var discovered = walk.OfType<DiscoveredFile>().ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var byPath = report.Findings.ToLookup(f => f.Location.Path, StringComparer.Ordinal);
        foreach (var file in repo.Files)
        {
            if (file.Canary is not { } canary || !discovered.TryGetValue(file.Path, out var found) || found.NotRenderedReason is not null)
            {
                continue;
            }

            var findings = byPath[file.Path].ToList();
            var privileged = findings.Where(f => f.RuleId == Scans.PrivilegedRule && f.Resource?.Name == canary.Name).ToList();
            if (privileged.Count > 0)
            {
                if (!privileged.Any(f => f.Location.Line == canary.Line))
                {
                    yield return new FuzzViolation(file.Path, $"the canary '{canary.Name}' is reported on line {privileged[0].Location.Line}, not {canary.Line}");
                }
            }
            else if (!findings.Any(f => UnscannedRules.ReasonOf(f.RuleId) is not null))
            {
                yield return new FuzzViolation(file.Path, $"the privileged container of canary '{canary.Name}' is not reported, and nothing says the file was not scanned");
            }
        }
    }
}
