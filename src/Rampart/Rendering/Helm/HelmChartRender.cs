using System.Text;
using Rampart.Templates;
using Rampart.Templates.Execution;
using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary>
/// Renders a chart in-process the way <c>helm template</c> does: values coalesced (files, inline values, <c>--set</c>,
/// dependencies scoped with globals, conditions and tags), the values checked against values.schema.json, every
/// template of the chart and its dependencies parsed into one set and executed with its chart's objects, partials and
/// NOTES.txt not rendered as manifests, documents split and sorted in Helm's install order, each line traced to the
/// template line and the values line that produced it. Problems are data, at their file and line; nothing throws.
/// </summary>
public static class HelmChartRender
{
    public static HelmRenderResult Run(HelmRenderRequest request) => DeepStack.Run(() => RunHere(request));

    private static HelmRenderResult RunHere(HelmRenderRequest request)
    {
        var problems = new List<RenderProblem>();
        var display = request.DisplayPath ?? request.ChartPath;
        var chart = request.ChartFiles is { } given
            ? HelmChartLoader.FromMemory(given, display, request.ChartLimits, problems)
            : HelmChartLoader.Load(request.ChartPath, display, request.ChartLimits, problems);
        if (chart is null)
        {
            return new HelmRenderResult([], problems);
        }

        var user = UserValues(request, problems);
        var kube = HelmKubeVersion.Parse(request.KubeVersion);
        if (kube is null)
        {
            problems.Add(new RenderProblem(new SourcePosition(display, 0, 0), $"invalid Kubernetes version '{request.KubeVersion}'"));
            return new HelmRenderResult([], problems);
        }

        if (!ChartChecks.Installable(chart, kube, problems))
        {
            return new HelmRenderResult([], problems);
        }

        ApplyConditions(chart, HelmValues.Coalesce(chart, user, request.Helm4), problems, 0);
        var values = HelmValues.Coalesce(chart, user, request.Helm4);
        ChartChecks.ValidateSchemas(chart, values, problems);
        var caps = HelmTopLevel.Capabilities(kube, [.. HelmCapabilities.DefaultApiVersions, .. request.ApiVersions]);
        var release = HelmTopLevel.Release(request.ReleaseName, request.Namespace);
        var templates = new List<ChartTemplate>();
        Collect(chart, values, release, caps, templates);
        var manifests = new List<RenderedManifest>();
        if (request.IncludeCrds)
        {
            ManifestSplitter.AddCrds(chart, manifests);
        }

        manifests.AddRange(Render(templates, request.ExecutionLimits, problems));
        return new HelmRenderResult(manifests, problems);
    }

    private static GoMap UserValues(HelmRenderRequest request, List<RenderProblem> problems)
    {
        var user = new GoMap();
        foreach (var (path, shown) in request.ValuesFiles)
        {
            string text;
            try
            {
                text = new FileInfo(path).Length > request.ChartLimits.MaxFileBytes ? "" : File.ReadAllText(path);
            }
            catch (IOException e)
            {
                problems.Add(new RenderProblem(new SourcePosition(shown, 0, 0), "the values file cannot be read: " + e.Message));
                continue;
            }

            user = Merge(user, text, shown, problems);
        }

        foreach (var (yaml, shown) in request.InlineValues)
        {
            user = Merge(user, yaml, shown, problems);
        }

        foreach (var expression in request.Set)
        {
            if (HelmSetValues.ParseInto(expression, user, "--set " + expression) is { } error)
            {
                problems.Add(new RenderProblem(new SourcePosition("--set", 0, 0), $"failed parsing --set data: {error}"));
            }
        }

        return user;
    }

    private static GoMap Merge(GoMap user, string text, string shown, List<RenderProblem> problems)
    {
        var read = HelmYaml.ReadFirst(text, shown, out var error);
        if (error is not null)
        {
            problems.Add(new RenderProblem(new SourcePosition(shown, 1, 0), error));
            return user;
        }

        return read is GoMap map ? HelmValues.Over(user, map) : user;
    }

    private static void ApplyConditions(HelmChart chart, GoMap values, List<RenderProblem> problems, int depth)
    {
        HelmValues.ApplyConditions(chart, values, problems);
        foreach (var dependency in chart.Dependencies)
        {
            if (depth < 64 && values.GetValueOrDefault(dependency.Name) is GoMap scoped)
            {
                ApplyConditions(dependency, scoped, problems, depth + 1);
            }
        }
    }

    private static void Collect(HelmChart chart, GoMap values, GoMap release, HelmCapabilities caps, List<ChartTemplate> templates)
    {
        var files = new HelmFiles();
        foreach (var (path, data) in chart.Files)
        {
            if (!path.StartsWith("templates/", StringComparison.Ordinal) && !path.StartsWith("charts/", StringComparison.Ordinal)
                && path is not ("Chart.yaml" or "values.yaml" or "values.schema.json" or "requirements.yaml" or "requirements.lock" or "Chart.lock"))
            {
                files[path] = data;
            }
        }

        var chartMap = HelmTopLevel.Chart(chart.Metadata, chart.Parent is null);
        var basePath = chart.FullPath + "/templates";
        foreach (var (path, data) in chart.Files.Where(f => f.Key.StartsWith("templates/", StringComparison.Ordinal)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var name = chart.FullPath + "/" + path;
            var partial = Path.GetFileName(path).StartsWith('_');
            if (chart.IsLibrary && !partial)
            {
                continue;
            }

            var dot = HelmTopLevel.Build(values, release, chartMap, caps, files, name, basePath);
            templates.Add(new ChartTemplate(name, chart.SourceOf(path), Encoding.UTF8.GetString(data), dot, partial || path == "templates/NOTES.txt"));
        }

        foreach (var dependency in chart.Dependencies)
        {
            var scoped = values.GetValueOrDefault(dependency.Name) as GoMap ?? new GoMap();
            Collect(dependency, scoped, release, caps, templates);
        }
    }

    private static List<RenderedManifest> Render(List<ChartTemplate> templates, ExecutionLimits limits, List<RenderProblem> problems)
    {
        var set = new TemplateSet(HelmFunctions.Table, MissingKey.Zero, limits);
        var sources = templates.ToDictionary(t => t.Name, t => t.SourceFile, StringComparer.Ordinal);
        var ordered = templates.OrderByDescending(t => t.Name.Count(c => c == '/')).ThenByDescending(t => t.Name, StringComparer.Ordinal).ToList();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in ordered)
        {
            if (set.Parse(t.Name, t.Text) is { } error)
            {
                problems.Add(new RenderProblem(ErrorPosition(error, t, sources), "parse error: " + error));
                failed.Add(t.Name);
            }
        }

        var budget = new Budget(limits);
        var rendered = new List<(ChartTemplate Template, string Text, IReadOnlyList<OutputLine> Lines)>();
        foreach (var t in ordered.Where(t => !t.Skip && !failed.Contains(t.Name)))
        {
            var result = set.Execute(t.Name, Value.Of(t.Dot), budget);
            if (result.Error is not null)
            {
                var at = result.ErrorPosition is { } p && sources.TryGetValue(p.File, out var file) ? p with { File = file } : new SourcePosition(t.SourceFile, 1, 0);
                problems.Add(new RenderProblem(at, result.Error));
                continue;
            }

            rendered.Add((t, result.Text.Replace("<no value>", "", StringComparison.Ordinal), result.Output.Lines()));
        }

        return ManifestSplitter.Split(rendered.OrderBy(r => r.Template.Name, StringComparer.Ordinal), sources, problems);
    }

    private static SourcePosition ErrorPosition(string error, ChartTemplate t, Dictionary<string, string> sources)
    {
        var prefix = "template: " + t.Name + ":";
        if (error.StartsWith(prefix, StringComparison.Ordinal))
        {
            var rest = error[prefix.Length..];
            var colon = rest.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && int.TryParse(rest[..colon], out var line))
            {
                return new SourcePosition(sources[t.Name], line, 0);
            }
        }

        return new SourcePosition(t.SourceFile, 1, 0);
    }
}
