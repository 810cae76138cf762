using Rampart.Analysis;
using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Rendering;

namespace Rampart.Scanning;

/// <summary>
/// The render stage, between inventory and analysis: asks every entry-point source for its entry points, drops a
/// root (a plain kustomization or chart) whose folder another entry point renders, renders the rest in parallel
/// within the limits, and hands over what they render, the files they read, and the problems they met.
/// </summary>
internal sealed class RenderStage(IReadOnlyList<IEntryPointSource> sources, RenderLimits limits, int parallelism)
{
    /// <param name="Renders">Each entry point's render, in the order the sources found them (objects over the limit cut).</param>
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

    public Result Run(RenderInputs inputs, CancellationToken cancellation)
    {
        var found = new List<(IEntryPointSource Source, EntryPoint EntryPoint)>();
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

        var renders = new EntryPointRender[found.Count];
        var failures = new Finding?[found.Count];
        Parallel.For(
            0,
            found.Count,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellation },
            i => (renders[i], failures[i]) = Render(found[i].Source, found[i].EntryPoint, inputs, cancellation));

        var findings = new List<Finding>(failures.OfType<Finding>());
        var seen = new HashSet<(string, SourceLocation, string)>();
        var sourceFiles = new HashSet<string>(StringComparer.Ordinal);
        var objects = 0;
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
        }

        return new Result(renders, sourceFiles, findings, notChecked, failures.Count(f => f is not null));
    }

    /// <summary>
    /// The index analyzers are built over: the inventory's objects, less those of files a render read, plus the
    /// rendered objects of the kinds asked for, so objects are checked against others as they will be applied.
    /// </summary>
    public static ScanIndex Index(ScanIndex inventory, IReadOnlySet<string> kinds, Result rendered)
    {
        if (rendered.Renders.Count == 0)
        {
            return inventory;
        }

        var objects = inventory.Objects.Where(o => !rendered.SourceFiles.Contains(o.Path)).ToList();
        var apiVersions = new HashSet<string>(inventory.ApiVersions, StringComparer.Ordinal);
        foreach (var obj in rendered.Renders.SelectMany(r => r.Objects))
        {
            apiVersions.Add(obj.Resource.ApiVersion);
            if (kinds.Contains(obj.Resource.Kind))
            {
                objects.Add(new KubernetesObject(obj.Source, 0, obj.Root, obj.Resource));
            }
        }

        return new ScanIndex(objects, apiVersions);
    }

    /// <summary>How the coverage summary and reports name an entry point: <c>kustomization apps/shop/overlays/prod</c>.</summary>
    public static string Describe(EntryPoint entryPoint) => $"{KindName(entryPoint.Kind)} {entryPoint.Name}";

    /// <summary>The kind as reports write it: the enum's name with a lower-case first letter.</summary>
    public static string KindName(EntryPointKind kind)
    {
        var name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

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
