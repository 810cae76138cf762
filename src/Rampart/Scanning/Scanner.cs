using System.Diagnostics;
using Rampart.Analysis;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Kubernetes;
using Rampart.Kubernetes.Schemas;
using Rampart.Loading;
using Rampart.Ownership;
using Rampart.Policies;
using Rampart.Reporting;

namespace Rampart.Scanning;

/// <summary>
/// Runs the pipeline in one direction: discover the files, take an inventory of the objects others are
/// checked against, load and analyze every manifest in parallel (one document at a time, so memory stays
/// flat), then attribute owners, apply suppressions, waivers and the baseline, and decide the gate.
/// </summary>
public static class Scanner
{
    public static string Version { get; } =
        typeof(Scanner).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static async Task<ScanOutcome> RunAsync(ScanOptions options, CancellationToken cancellation = default)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var loader = new YamlLoader();

        var (files, findings, discovered) = Discover(options, cancellation);
        var codeOwners = options.PathOwners is null ? CodeOwnersSource.Locate(options.Root, options.Config) : null;
        if (codeOwners is not null)
        {
            findings.AddRange(codeOwners.Problems());
            options = options with { PathOwners = codeOwners };
        }

        // Every YAML and JSON file that is not a Kustomize or Helm input or a lockfile is loaded: the load tells whether it holds objects.
        var manifests = files
            .Where(f => f.NotRenderedReason is null && f.Kind is FileKind.KubernetesManifest or FileKind.ToolConfiguration)
            .ToList();
        var policy = options.Scanners.Contains(Scanners.Policy) ? new PolicyAnalyzer(LoadPolicies(options)) : null;
        if (policy is not null)
        {
            findings.AddRange(policy.Problems);
        }

        options.Progress?.Report(new ScanProgress("inventory", 0, manifests.Count, 0));
        var kinds = new HashSet<string>(ManifestInventory.BaseKinds.Concat(policy?.ContextKinds ?? Enumerable.Empty<string>()), StringComparer.Ordinal);
        var inventory = ManifestInventory.Collect(manifests, kinds, loader, options.Parallelism, cancellation);

        var setup = await BuildAnalyzersAsync(options, inventory, cancellation).ConfigureAwait(false);
        if (setup.Errors.Count > 0)
        {
            return new ScanOutcome(null, setup.Errors);
        }

        if (policy is not null)
        {
            setup.Analyzers.Add(policy);
        }

        var attributor = new Attributor(options.Config, options.PathOwners);
        findings = [.. findings.Select(f => attributor.Attribute(f with { Fingerprint = Fingerprinter.Compute(f) }))];
        var analysis = ManifestAnalysis.Run(manifests, setup.Analyzers, inventory, attributor, loader, options, cancellation);
        findings.AddRange(analysis.Findings);
        UnscannedRules.Apply(findings, options.Config.Unscanned);

        var decided = Decide(findings, attributor, options);
        var rules = setup.Analyzers.SelectMany(a => a.Rules).Concat(RuleCatalog.Stages).DistinctBy(r => r.Id).ToList();
        var report = new ScanReport
        {
            ToolVersion = Version,
            Target = options.Root,
            Findings = decided.Findings,
            Rules = rules,
            Gate = decided.Gate,
            Baseline = options.Baseline is null ? null : options.BaselinePath ?? "baseline",
            FilesScanned = files.Count,
            ResourcesScanned = analysis.Objects,
            Coverage = discovered with
            {
                Manifests = analysis.Outcomes[FileOutcome.Manifest],
                NotRendered = discovered.NotRendered + analysis.Outcomes[FileOutcome.NotRendered],
                WithoutObjects = analysis.Outcomes[FileOutcome.WithoutObjects],
                NotScanned = discovered.NotScanned + analysis.Outcomes[FileOutcome.NotScanned],
            },
            StartedAt = started,
            Duration = clock.Elapsed,
        };
        return new ScanOutcome(report, []) { AnalyzerFailures = analysis.Failures };
    }

    /// <summary>The files, the findings of discovery, and what discovery alone tells of coverage (not rendered, not scanned).</summary>
    private static (List<DiscoveredFile> Files, List<Finding> Findings, ScanCoverage Coverage) Discover(ScanOptions options, CancellationToken cancellation)
    {
        var files = new List<DiscoveredFile>();
        var findings = new List<Finding>();
        int notRendered = 0, notScanned = 0;
        foreach (var item in new RepositoryWalker(options.Discovery).Walk(options.Root, cancellation))
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

        return (files, findings, ScanCoverage.None with { NotRendered = notRendered, NotScanned = notScanned });
    }

    private static async Task<(List<IObjectAnalyzer> Analyzers, List<string> Errors)> BuildAnalyzersAsync(
        ScanOptions options, ManifestInventory inventory, CancellationToken cancellation)
    {
        var analyzers = new List<IObjectAnalyzer>();
        var errors = new List<string>();
        if (options.Scanners.Contains(Scanners.Schema))
        {
            var schema = await SchemaAnalyzerFactory.CreateAsync(options.Schemas, inventory.Objects, inventory.ApiVersions, cancellation).ConfigureAwait(false);
            errors.AddRange(schema.Errors.Select(e => e.ToString()));
            analyzers.Add(schema.Analyzer);
        }

        return (analyzers, errors);
    }

    /// <summary>The built-in pack, with user policies (<c>--policies</c>, <c>scan.policies</c>) added or replacing built-ins of the same id.</summary>
    private static PolicyLoadResult LoadPolicies(ScanOptions options) =>
        options.PolicyDirectories.Count == 0
            ? BuiltInPolicies.All
            : BuiltInPolicies.All.OverriddenBy(PolicyLoader.Combine(options.PolicyDirectories.Select(PolicyLoader.LoadDirectory)));

    /// <summary>The decide stage over attributed, fingerprinted findings: waivers, the baseline, the order of reports, the gate.</summary>
    private static (List<Finding> Findings, GateResult Gate) Decide(List<Finding> findings, Attributor attributor, ScanOptions options)
    {
        var waived = new WaiverEvaluator(options.Config, options.Today).Apply(findings);
        findings.Clear();
        List<Finding> all = [.. waived.Findings, .. waived.Problems.Select(p => attributor.Attribute(p with { Fingerprint = Fingerprinter.Compute(p) }))];
        if (options.Baseline is { } baseline)
        {
            all = [.. baseline.Apply(all)];
        }

        all.Sort(FindingOrder.Instance);
        var gate = new GateEvaluator(options.Config, options.Gate).Evaluate(all);
        return (all, gate);
    }
}
