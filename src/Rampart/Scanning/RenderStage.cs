using Rampart.Analysis;
using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Rendering;

namespace Rampart.Scanning;

/// <summary>
/// The render stage, between inventory and analysis: asks every entry-point source for its entry points, drops a
/// root (a plain kustomization or chart) whose folder another entry point renders, and renders the rest within the
/// limits, a batch at a time (the batch in parallel), handing each batch's renders to the caller, whose work on them
/// (analysing what they render) is done beside the next batch's renders and then dropped: memory follows two batches,
/// not the repository.
/// It keeps the files they read and the problems they met.
/// </summary>
internal sealed class RenderStage(IReadOnlyList<IEntryPointSource> sources, RenderLimits limits, int parallelism)
{
    private readonly List<(IEntryPointSource Source, EntryPoint EntryPoint)> found = [];

    /// <summary>Objects kept of each render (those over the scan's limit are cut), by the entry point's position.</summary>
    private readonly List<int> kept = [];

    /// <param name="Renders">Each entry point's render, in the order the sources found them, without its objects (handed over by batch).</param>
    /// <param name="SourceFiles">Every file a render that did not fail read: checked through what it renders to, not on its own.</param>
    /// <param name="Findings">Render problems, each once however many entry points met it, and render defects.</param>
    /// <param name="NotChecked">What was not rendered or not checked, and why, one sentence each.</param>
    /// <param name="Failures">Renders that failed with an exception (a defect in Rampart).</param>
    public sealed record Result(
        IReadOnlyList<EntryPointRender> Renders,
        IReadOnlySet<string> SourceFiles,
        List<Finding> Findings,
        IReadOnlyList<string> NotChecked,
        int Failures);

    /// <summary>Entry points rendered at once: enough to keep every worker busy, few enough that their objects are a small share of memory.</summary>
    public int BatchSize => Math.Max(1, parallelism) * 8;

    /// <summary>Entry points rendered so far, a second rendering included: a render is work no cache shares.</summary>
    public int RenderCount => renderCount;

    private int renderCount;

    /// <summary>
    /// Renders every entry point and hands each batch of renders, in order and with the objects over the limit cut, to
    /// <paramref name="take"/> (with the position of its first entry point); the work it returns is done in the same
    /// parallel loop as the next batch's renders (the last batch's alone), before <see cref="Run"/> returns.
    /// </summary>
    public Result Run(RenderInputs inputs, Func<int, EntryPointRender[], BatchWork?> take, CancellationToken cancellation)
    {
        foreach (var source in sources)
        {
            found.AddRange(source.Find(inputs, cancellation).Select(entryPoint => (source, entryPoint)));
        }

        var renderedByOthers = found.Where(f => !IsRoot(f.EntryPoint.Kind)).Select(f => f.EntryPoint.Folder).ToHashSet(StringComparer.Ordinal);
        found.RemoveAll(f => IsRoot(f.EntryPoint.Kind) && renderedByOthers.Contains(f.EntryPoint.Folder));

        var notChecked = new List<string>();
        if (found.Count > limits.MaxEntryPoints)
        {
            var left = found.Skip(limits.MaxEntryPoints).ToList();
            notChecked.Add($"{left.Count} entry points over the limit of {limits.MaxEntryPoints} (scan.render.maxEntryPoints) were not rendered, from {Describe(left[0].EntryPoint)} on");
            found.RemoveRange(limits.MaxEntryPoints, left.Count);
        }

        var summaries = new List<EntryPointRender>(found.Count);
        var findings = new List<Finding>();
        var seen = new HashSet<(string, SourceLocation, string)>();
        var sourceFiles = new HashSet<string>(StringComparer.Ordinal);
        var objects = 0;
        var failed = 0;
        BatchWork? pending = null;
        for (var start = 0; start < found.Count; start += BatchSize)
        {
            var (renders, failures) = RenderBatch(Enumerable.Range(start, Math.Min(BatchSize, found.Count - start)).ToList(), inputs, pending, cancellation);
            findings.AddRange(failures.OfType<Finding>());
            failed += failures.Count(f => f is not null);
            for (var i = 0; i < renders.Length; i++)
            {
                var render = renders[i];
                findings.AddRange(render.Findings.Where(f => seen.Add((f.RuleId, f.Location, f.Message))));
                notChecked.AddRange(render.NotChecked.Select(why => $"{Describe(render.EntryPoint)}: {why}"));
                if (render.Objects.Count == 0 && render.Findings.Count > 0)
                {
                    // A render that failed checks nothing: the files it read stay checked as they stand, unless another render reads them.
                    var first = render.Findings[0];
                    notChecked.Add($"{Describe(render.EntryPoint)}: not rendered, {first.RuleId} at {first.Location}");
                }
                else if (failures[i] is null)
                {
                    sourceFiles.UnionWith(render.SourceFiles);
                }

                var room = Math.Max(0, limits.MaxObjects - objects);
                if (render.Objects.Count > room)
                {
                    notChecked.Add($"{Describe(render.EntryPoint)}: {render.Objects.Count - room} of its {render.Objects.Count} objects over the limit of {limits.MaxObjects} rendered objects (scan.render.maxObjects) were not checked");
                    renders[i] = render with { Objects = [.. render.Objects.Take(room)] };
                }

                objects += renders[i].Objects.Count;
                kept.Add(renders[i].Objects.Count);
            }

            pending = take(start, renders);
            summaries.AddRange(renders.Select(r => r with { Objects = [] }));
        }

        pending?.Run(parallelism, cancellation);

        return new Result(summaries, sourceFiles, findings, notChecked, failed);
    }

    /// <summary>
    /// Renders again the entry points at <paramref name="positions"/> (positions <see cref="Run"/> handed over), a batch
    /// at a time, with the objects <see cref="Run"/> kept of each, and hands each render to <paramref name="take"/>.
    /// A render is deterministic, so this gives what the first rendering gave.
    /// </summary>
    public void Again(IReadOnlyList<int> positions, RenderInputs inputs, Action<EntryPointRender[]> take, CancellationToken cancellation)
    {
        for (var start = 0; start < positions.Count; start += BatchSize)
        {
            var batch = positions.Skip(start).Take(BatchSize).ToList();
            var (renders, _) = RenderBatch(batch, inputs, null, cancellation);
            for (var i = 0; i < renders.Length; i++)
            {
                if (renders[i].Objects.Count > kept[batch[i]])
                {
                    renders[i] = renders[i] with { Objects = [.. renders[i].Objects.Take(kept[batch[i]])] };
                }
            }

            take(renders);
        }
    }

    /// <summary>Renders the entry points at <paramref name="positions"/> and does <paramref name="work"/> (the previous batch's), in one parallel loop.</summary>
    private (EntryPointRender[] Renders, Finding?[] Failures) RenderBatch(List<int> positions, RenderInputs inputs, BatchWork? work, CancellationToken cancellation)
    {
        var renders = new EntryPointRender[positions.Count];
        var failures = new Finding?[positions.Count];
        Parallel.For(
            0,
            positions.Count + (work?.Count ?? 0),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellation },
            () => work?.Begin(),
            (i, _, state) =>
            {
                if (i < positions.Count)
                {
                    var (source, entryPoint) = found[positions[i]];
                    Interlocked.Increment(ref renderCount);
                    (renders[i], failures[i]) = Render(source, entryPoint, inputs, cancellation);
                }
                else
                {
                    work!.Do(i - positions.Count, state!);
                }

                return state;
            },
            state =>
            {
                if (state is not null)
                {
                    work!.End(state);
                }
            });
        return (renders, failures);
    }

    /// <summary>
    /// The index analyzers are built over: the inventory's objects, less those of files a render read, plus the
    /// rendered objects of the kinds asked for (<paramref name="rendered"/>), so objects are checked against others as
    /// they will be applied, and every apiVersion the inventory and the renders saw.
    /// </summary>
    public static ScanIndex Index(ScanIndex inventory, IReadOnlySet<string> sourceFiles, IReadOnlyList<KubernetesObject> rendered, IEnumerable<string> apiVersions)
    {
        var objects = inventory.Objects.Where(o => !sourceFiles.Contains(o.Path)).ToList();
        objects.AddRange(rendered);
        return new ScanIndex(objects, new HashSet<string>(inventory.ApiVersions.Concat(apiVersions), StringComparer.Ordinal));
    }

    /// <summary>How the coverage summary and reports name an entry point: <c>kustomization apps/shop/overlays/prod</c>.</summary>
    public static string Describe(EntryPoint entryPoint) => $"{KindName(entryPoint.Kind)} {entryPoint.Name}";

    /// <summary>The kind as reports write it: the enum's name with a lower-case first letter.</summary>
    public static string KindName(EntryPointKind kind) => KindNames[(int)kind];

    /// <summary>Each kind's name made once: every finding on a rendered object names its entry point's kind.</summary>
    private static readonly string[] KindNames = [.. Enum.GetValues<EntryPointKind>().Select(k => k.ToString()).Select(n => char.ToLowerInvariant(n[0]) + n[1..])];

    private static bool IsRoot(EntryPointKind kind) => kind is EntryPointKind.Kustomization or EntryPointKind.Chart;

    private static (EntryPointRender, Finding?) Render(IEntryPointSource source, EntryPoint entryPoint, RenderInputs inputs, CancellationToken cancellation)
    {
        try
        {
            return (source.Render(entryPoint, inputs, cancellation), null);
        }
#pragma warning disable CA1031 // A defect in one render must not lose the rest of the scan: it becomes a finding and exit code 3.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            var failure = ScanRules.AnalyzerFailed.Report(
                $"rendering {Describe(entryPoint)} failed: {e.GetType().Name}: {e.Message}; what it renders was not checked",
                new SourceLocation(entryPoint.File, entryPoint.Line, 1)) with { Discriminator = "render" };
            return (new EntryPointRender(entryPoint, [], [], [], [$"not rendered: an internal failure ({ScanRules.AnalyzerFailed.Id})"]), failure);
        }
    }
}
