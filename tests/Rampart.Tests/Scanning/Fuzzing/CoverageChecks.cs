using Rampart.Discovery;
using Rampart.Reporting;
using Rampart.Scanning;
using Rampart.Testing.Fuzzing;

namespace Rampart.Tests.Scanning.Fuzzing;

/// <summary>
/// Every file is accounted for. Discovery finds every file (or reports it), except one in the folder of the ignore
/// files that they exclude; the report counts the files it found; and the coverage counts add up to what the
/// documentation promises for the kinds discovery gave them: each YAML or JSON file that is not a tool's
/// configuration or a Helm or Kustomize input once, each template, patch and binary file named like YAML once (each
/// with its finding; a file a render read is counted once as such), a tool's configuration once when it holds an object or cannot be read and at most once
/// otherwise, every other file never; a file counted as not scanned or not rendered has a finding naming it.
/// </summary>
internal static class CoverageChecks
{
    public static IEnumerable<FuzzViolation> Accounted(FuzzRepository repo, ScanReport report, IReadOnlyList<DiscoveryItem> walk)
    {
        var discovered = walk.OfType<DiscoveredFile>().ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var problems = walk.OfType<DiscoveryProblem>().ToList();
        var problemPaths = problems.Select(p => p.RelativePath).ToHashSet(StringComparer.Ordinal);
        var ignores = RepositoryIgnores.Open(repo.Root, DiscoveryOptions.Default);
        foreach (var file in repo.Files.Where(f => !discovered.ContainsKey(f.Path) && !problemPaths.Contains(f.Path)))
        {
            if (!file.Path.StartsWith(FuzzRepository.IgnoredFolder, StringComparison.Ordinal) || !ignores.Check(file.Path, isFolder: false).Excluded)
            {
                yield return new FuzzViolation(file.Path, "not discovered, not reported, and not excluded by an ignore file");
            }
        }

        if (report.FilesScanned != discovered.Count)
        {
            yield return new FuzzViolation(null, $"the report counts {report.FilesScanned} files; discovery found {discovered.Count}");
        }

        var findingsByPath = report.Findings.ToLookup(f => f.Location.Path, StringComparer.Ordinal);
        foreach (var file in discovered.Values)
        {
            if (file is { Kind: FileKind.Binary, Format: not FileFormat.Unknown } && !findingsByPath[file.RelativePath].Any(f => f.RuleId == DiscoveryFindings.BinaryFile.Id))
            {
                yield return new FuzzViolation(file.RelativePath, "binary content under a YAML or JSON name without its finding");
            }

            if (file.NotRenderedReason is not null && !findingsByPath[file.RelativePath].Any(f => f.RuleId == DiscoveryFindings.NotRenderedRule.Id))
            {
                yield return new FuzzViolation(file.RelativePath, "not rendered without its finding");
            }
        }

        var counted = discovered.Values.Count(f => f.NotRenderedReason is not null
            || f is { Kind: FileKind.KubernetesManifest } or { Kind: FileKind.Binary, Format: not FileFormat.Unknown })
            + problems.Count(p => UnscannedRules.ReasonOf(p.Finding.RuleId) is not null);
        // A tool's configuration is counted when it holds an object (a finding on a resource shows one) or cannot be read at all.
        var tools = discovered.Values.Where(f => f is { Kind: FileKind.ToolConfiguration, NotRenderedReason: null }).ToList();
        var toolsCounted = tools.Count(f => findingsByPath[f.RelativePath].Any(x => x.Resource is not null || UnscannedRules.ReasonOf(x.RuleId) is not null));
        var c = report.Coverage;
        // A file a render read is counted once too, as checked through what it renders to.
        var total = c.Manifests + c.NotRendered + c.WithoutObjects + c.NotScanned + c.RenderInputs;
        if (total < counted + toolsCounted || total > counted + tools.Count)
        {
            yield return new FuzzViolation(null, $"coverage {c} adds up to {total}; discovery found {counted} files to count, and {tools.Count} tool configuration files of which {toolsCounted} hold objects or cannot be read");
        }

        var unscanned = report.Findings.Where(f => UnscannedRules.ReasonOf(f.RuleId) is not null).Select(f => f.Location.Path).Distinct(StringComparer.Ordinal).Count();
        if (c.NotScanned > unscanned)
        {
            yield return new FuzzViolation(null, $"{c.NotScanned} paths counted as not scanned, but only {unscanned} have a finding saying why");
        }

        var notRendered = report.Findings.Where(f => f.RuleId == DiscoveryFindings.NotRenderedRule.Id).Select(f => f.Location.Path).Distinct(StringComparer.Ordinal).Count();
        if (c.NotRendered > notRendered)
        {
            yield return new FuzzViolation(null, $"{c.NotRendered} files counted as not rendered, but only {notRendered} have a finding saying so");
        }

        var fromFiles = report.ResourcesScanned - c.RenderedObjects;
        if (c.Manifests > fromFiles || (fromFiles > 0) != (c.Manifests > 0))
        {
            yield return new FuzzViolation(null, $"{c.Manifests} manifests counted for {fromFiles} resources read from files");
        }
    }
}
