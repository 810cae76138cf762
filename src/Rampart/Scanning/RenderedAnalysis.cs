using Rampart.Analysis;
using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Rendering;

namespace Rampart.Scanning;

/// <summary>
/// Renders the entry points and analyzes what they render a batch at a time, dropping each batch's objects once
/// analyzed, so a scan of many overlays holds a batch of rendered trees, not all of them. The analyzers were built over
/// the inventory before anything was rendered; that is the index they would be built over after rendering as long as no
/// render adds to what they read: an object of a kind an analyzer asked for (a Namespace, a CRD, a kind a policy
/// binds to <c>params</c>), an apiVersion no plain manifest uses, or a file whose objects of those kinds the inventory
/// holds (the index drops them for what they render to). Once a render does, the renders that follow are held whole,
/// and <see cref="Outcome.Dropped"/> names those analyzed before it: the pipeline then builds the analyzers over the
/// full index and analyzes the held renders and those again, as the scan did before streaming.
/// </summary>
internal sealed class RenderedAnalysis(RenderStage stage, ScanIndex inventory, IReadOnlySet<string> indexKinds, IReadOnlySet<string> analyzerKinds)
{
    /// <param name="Rendered">What the render stage kept: every entry point's render without its objects, the files read, the problems.</param>
    /// <param name="Index">The index as it stands after rendering (the inventory less the files renders read, plus the rendered objects of the index's kinds).</param>
    /// <param name="Findings">The findings on rendered objects the analyzers made, when they stand (<see cref="Dropped"/> is null).</param>
    /// <param name="Objects">Rendered objects analyzed.</param>
    /// <param name="Failures">Analyzer failures on rendered objects.</param>
    /// <param name="Dropped">When a render added to the index: the positions of the entry points analyzed before it, to render again.</param>
    /// <param name="Held">When a render added to the index: the renders from it on, with their objects, to analyze.</param>
    /// <param name="MostHeld">The most rendered objects held at once: a batch's while streaming, all held ones otherwise.</param>
    public sealed record Outcome(
        RenderStage.Result Rendered,
        ScanIndex Index,
        List<Finding> Findings,
        int Objects,
        int Failures,
        IReadOnlyList<int>? Dropped,
        IReadOnlyList<EntryPointRender> Held,
        int MostHeld);

    public Outcome Run(RenderInputs inputs, AnalysisStage analysis, int parallelism, CancellationToken cancellation)
    {
        // Files whose objects of the analyzers' kinds the index holds: a render that reads one changes what they see.
        var read = inventory.Objects.Where(o => analyzerKinds.Contains(o.Kind)).Select(o => o.Path).ToHashSet(StringComparer.Ordinal);
        var rendered = new List<KubernetesObject>();
        var apiVersions = new HashSet<string>(StringComparer.Ordinal);
        var tally = new AnalysisStage.Tally();
        var analyzed = new List<int>();
        var held = new List<EntryPointRender>();
        var (mostHeld, previous) = (0, 0);
        var streaming = true;
        var result = stage.Run(
            inputs,
            (start, renders) =>
            {
                var adds = false;
                foreach (var render in renders)
                {
                    var failed = render.Objects.Count == 0 && render.Findings.Count > 0;
                    adds |= !failed && render.SourceFiles.Any(read.Contains);
                    foreach (var obj in render.Objects)
                    {
                        apiVersions.Add(obj.Resource.ApiVersion);
                        adds |= analyzerKinds.Contains(obj.Resource.Kind) || !inventory.ApiVersions.Contains(obj.Resource.ApiVersion);
                        if (indexKinds.Contains(obj.Resource.Kind))
                        {
                            rendered.Add(new KubernetesObject(obj.Source, 0, obj.Root, obj.Resource));
                        }
                    }
                }

                streaming &= !adds;
                var count = renders.Sum(r => r.Objects.Count);
                if (!streaming)
                {
                    held.AddRange(renders);
                    mostHeld += count; // held until the end: they add up
                    return null;
                }

                // This batch is analysed while the next one renders: the two are held at once.
                mostHeld = Math.Max(mostHeld, previous + count);
                previous = count;
                analyzed.AddRange(Enumerable.Range(start, renders.Length));
                return analysis.Rendered(renders, tally.Add);
            },
            cancellation);

        var index = RenderStage.Index(inventory, result.SourceFiles, rendered, apiVersions);
        return streaming
            ? new Outcome(result, index, tally.Findings, tally.Objects, tally.Failures, null, [], mostHeld)
            : new Outcome(result, index, [], 0, 0, analyzed, held, mostHeld);
    }
}
