using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Rampart.Analysis;
using Rampart.Dependencies.Scanning;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Loading;
using Rampart.Ownership;
using Rampart.Rendering;
using Rampart.Reporting;

namespace Rampart.Scanning;

/// <summary>
/// One scan, in one direction: discover the artifact's files; plan the selected analyzers; take the inventory that
/// fills the scan's index; render the entry points (kustomizations, charts, Flux and Argo CD objects); build the
/// analyzers over the index; load and analyze; attribute and fingerprint; decide; and
/// assemble the report. Each stage is an instance with one job (see docs/architecture.md).
/// </summary>
public sealed partial class ScanPipeline(ScanOptions options)
{
    /// <summary>One size limit for the walk and the load (scan.limits.maxFileBytes), so the remediation names one setting.</summary>
    private readonly YamlLoader loader = new(LoadLimits.Default with { MaxFileBytes = options.Discovery.MaxFileBytes });

    /// <summary>Every analyzer built for the scan, so that those holding a resource (a database file) release it at its end.</summary>
    private readonly List<IAnalyzer> built = [];

    public async Task<ScanOutcome> RunAsync(CancellationToken cancellation = default)
    {
        try
        {
            return await Run(cancellation).ConfigureAwait(false);
        }
        finally
        {
            foreach (var analyzer in built.OfType<IDisposable>())
            {
                analyzer.Dispose();
            }
        }
    }

    private async Task<ScanOutcome> Run(CancellationToken cancellation)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var logger = options.Logger;
        var artifact = options.Artifact;

        var plans = options.SelectedAnalyzers.Select(r => r.Plan(options)).ToList();
        var warmUps = Warm(plans);

        // Without an analyzer that reads objects (`--scanners secret`, `vuln`), no manifest is parsed: the inventory
        // has nothing to read and no entry point is rendered.
        var readsObjects = plans.Any(p => p.ReadsObjects);

        // When, besides, an analyzer reads every text file (secrets), the walk does not read heads to classify files:
        // the analyze stage's first read of each file does it (one open per file instead of two).
        var sniff = readsObjects || !plans.Any(p => p.ReadsEveryTextFile);
        var discovered = new DiscoveryStage(artifact, options.Discovery with { SniffContent = sniff }).Run(cancellation);
        var findings = discovered.Findings;
        LogStage(logger, "discover", discovered.Files.Count, clock.Elapsed);

        var pathOwners = options.PathOwners;
        if (pathOwners is null && artifact.Folder is { } folder && CodeOwnersSource.Locate(folder, options.Config) is { } codeOwners)
        {
            findings.AddRange(codeOwners.Problems());
            pathOwners = codeOwners;
        }

        findings.AddRange(plans.SelectMany(p => p.Problems));
        List<DiscoveredFile> loaded = readsObjects ? [.. discovered.Files.Where(AnalysisStage.IsLoaded)] : [];
        options.Progress?.Report(new ScanProgress("inventory", 0, loaded.Count, 0));
        var kinds = new HashSet<string>(plans.SelectMany(p => p.ContextKinds).Concat(options.EntryPointSources.SelectMany(s => s.ContextKinds)), StringComparer.Ordinal);
        var inventory = new InventoryStage(artifact, loader, options.Parallelism).Run(loaded, kinds, artifact.Objects.Select(o => o.Object), cancellation);
        LogStage(logger, "inventory", inventory.Objects.Count, clock.Elapsed);

        // The analyzers are built over the inventory, so that what each entry point renders is analyzed as it comes and
        // dropped; if a render adds to what they read, they are built again over the index as rendering left it.
        var (analyzers, errors) = await Build(plans, inventory, cancellation).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return new ScanOutcome(null, errors) { WarmUps = warmUps };
        }

        var attribution = new AttributionStage(new Attributor(options.Config, pathOwners));
        var renderInputs = new HashSet<string>(StringComparer.Ordinal);
        var analysis = Analysis(analyzers, inventory, attribution, renderInputs, cancellation);
        var renderStage = new RenderStage(readsObjects ? options.EntryPointSources : [], options.Config.Render, options.Parallelism);
        var inputs = new RenderInputs(new ArtifactFileSystem(artifact, discovered.Files), discovered.Files, inventory);
        var analyzerKinds = new HashSet<string>(plans.SelectMany(p => p.ContextKinds), StringComparer.Ordinal);
        var streamed = new RenderedAnalysis(renderStage, inventory, kinds, analyzerKinds).Run(inputs, analysis, options.Parallelism, cancellation);
        var rendered = streamed.Rendered;
        renderInputs.UnionWith(rendered.SourceFiles);
        findings.AddRange(rendered.Findings);
        // A template or patch left unrendered is one whose objects were not checked: without an analyzer that reads
        // objects, none is, and the file analyzers read its text as it stands.
        findings.RemoveAll(f => f.RuleId == DiscoveryFindings.NotRenderedRule.Id && (!readsObjects || renderInputs.Contains(f.Location.Path)));
        LogStage(logger, "render", rendered.Renders.Count, clock.Elapsed);

        var renderedFindings = streamed.Findings;
        var (renderedObjects, renderFailures) = (streamed.Objects, streamed.Failures);
        if (streamed.Dropped is { } dropped)
        {
            (analyzers, errors) = await Build(plans, streamed.Index, cancellation).ConfigureAwait(false);
            if (errors.Count > 0)
            {
                return new ScanOutcome(null, errors) { WarmUps = warmUps };
            }

            analysis = Analysis(analyzers, streamed.Index, attribution, renderInputs, cancellation);
            void Take(IReadOnlyList<EntryPointRender> renders)
            {
                var batch = analysis.RunRendered(renders, options.Parallelism, cancellation);
                renderedFindings.AddRange(batch.Findings);
                (renderedObjects, renderFailures) = (renderedObjects + batch.Objects, renderFailures + batch.Failures);
            }

            Take(streamed.Held);
            renderStage.Again(dropped, inputs, Take, cancellation);
        }

        attribution.ApplyAll(findings, options.Parallelism, cancellation);
        var files = analysis.Select(discovered.Files);
        var analyzed = analysis.Run(files, options.Parallelism, options.Progress, cancellation);
        findings.AddRange(analyzed.Findings);
        findings.AddRange(renderedFindings);
        findings.AddRange(analysis.Across());
        LogStage(logger, "analyze", analyzed.Objects + renderedObjects, clock.Elapsed);
        var failures = analyzed.Failures + renderFailures + rendered.Failures;
        if (failures > 0)
        {
            LogAnalyzerFailures(logger, failures, ScanRules.AnalyzerFailed.Id);
        }

        var notRendered = !readsObjects ? 0 : discovered.Files.Count(f => f.NotRenderedReason is not null && !renderInputs.Contains(f.RelativePath))
            + analyzed.Outcomes[FileOutcome.NotRendered];
        var collectors = analyzers.OfType<IInventoryCollector>().ToList();
        var notChecked = NotCheckedCounts.Of(findings, notRendered, rendered.NotChecked.Count);
        notChecked[NotCheckedReason.NoVulnerabilityData.Key] = collectors.Sum(c => c.NotChecked);
        var (decided, gate) = new DecisionStage(options, attribution).Run(findings);
        LogStage(logger, "decide", decided.Count, clock.Elapsed);

        var report = new ScanReport
        {
            ToolVersion = Scanner.Version,
            Target = artifact.Name,
            Findings = decided,
            Rules = [.. analyzers.SelectMany(a => a.Rules).Concat(RuleCatalog.Stages).DistinctBy(r => r.Id)],
            Gate = gate,
            Baseline = options.Baseline is null ? null : options.BaselinePath ?? "baseline",
            FilesScanned = discovered.Files.Count - analyzed.Unread,
            ResourcesScanned = analyzed.Objects + renderedObjects,
            Coverage = discovered.Coverage with
            {
                Manifests = analyzed.Outcomes[FileOutcome.Manifest],
                NotRendered = notRendered,
                EntryPoints = rendered.Renders.Count,
                RenderedObjects = renderedObjects,
                RenderInputs = discovered.Files.Count(f => renderInputs.Contains(f.RelativePath) && (AnalysisStage.IsLoaded(f) || f.NotRenderedReason is not null)),
                NotChecked = rendered.NotChecked,
                WithoutObjects = analyzed.Outcomes[FileOutcome.WithoutObjects],
                NotScanned = discovered.Coverage.NotScanned + analyzed.Outcomes[FileOutcome.NotScanned],
                NotCheckedByReason = notChecked,
            },
            Inventory = [.. collectors.SelectMany(c => c.Inventories)],
            StartedAt = started,
            Duration = clock.Elapsed,
        };
        return new ScanOutcome(report, []) { WarmUps = warmUps, AnalyzerFailures = failures, Renders = renderStage.RenderCount, MostRenderedObjectsHeld = streamed.MostHeld };
    }

    /// <summary>
    /// Starts the plans' warm-ups (<see cref="AnalyzerPlan.Warm"/>) one after the other on one pool thread, beside the
    /// walk: the schema set first (the analyzers are built right after the inventory), then policies, then secret
    /// rules, in plan order. A warm-up that fails is dropped: its lazy value fails again at first use, which reports it.
    /// The scan does not wait for the task returned (its outcome carries it, <see cref="ScanOutcome.WarmUps"/>).
    /// </summary>
    internal static Task Warm(IReadOnlyList<AnalyzerPlan> plans)
    {
        Action[] warmUps = [.. plans.Select(p => p.Warm).OfType<Action>()];
        if (warmUps.Length == 0)
        {
            return Task.CompletedTask;
        }

        return Task.Run(() =>
        {
            foreach (var warm in warmUps)
            {
                try
                {
                    warm();
                }
#pragma warning disable CA1031 // A warm-up's failure is left for the first use of the same lazy value, which reports it where it belongs.
                catch (Exception)
#pragma warning restore CA1031
                {
                }
            }
        });
    }

    /// <summary>The selected analyzers, built over <paramref name="index"/>, and the errors that stop the scan.</summary>
    private async Task<(List<IAnalyzer> Analyzers, List<string> Errors)> Build(List<AnalyzerPlan> plans, ScanIndex index, CancellationToken cancellation)
    {
        var analyzers = new List<IAnalyzer>();
        var errors = new List<string>();
        foreach (var plan in plans)
        {
            var build = await plan.Build(index, cancellation).ConfigureAwait(false);
            errors.AddRange(build.Errors);
            if (build.Analyzer is { } analyzer)
            {
                analyzers.Add(analyzer);
                built.Add(analyzer);
            }
        }

        return (analyzers, errors);
    }

    private AnalysisStage Analysis(List<IAnalyzer> analyzers, ScanIndex index, AttributionStage attribution, IReadOnlySet<string> renderInputs, CancellationToken cancellation) => new(
        options.Artifact,
        loader,
        [.. analyzers.OfType<IObjectAnalyzer>()],
        [.. analyzers.OfType<IFileAnalyzer>()],
        [.. analyzers.OfType<ICrossObjectAnalyzer>()],
        new AnalysisContext(index, cancellation),
        options.Admission,
        attribution,
        renderInputs,
        options.Discovery.SniffBytes);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Stage}: {Count} items, {Elapsed} since the scan started")]
    private static partial void LogStage(ILogger logger, string stage, int count, TimeSpan elapsed);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Failures} analyzer failure(s); see the {RuleId} findings")]
    private static partial void LogAnalyzerFailures(ILogger logger, int failures, string ruleId);
}
