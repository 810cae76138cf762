using System.Text;
using Rampart.Templates;
using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary>
/// Loads a chart from a folder or a .tgz archive: Chart.yaml (apiVersion v1 or v2), values.yaml, values.schema.json,
/// templates, the other files (for .Files), and the dependencies present in charts/ (folders and archives), with bounds.
/// </summary>
internal static class HelmChartLoader
{
    public static HelmChart? Load(string path, string displayPath, ChartLimits limits, List<RenderProblem> problems)
    {
        var budget = new ChartArchive.Budget(limits);
        Dictionary<string, byte[]>? files;
        if (File.Exists(path))
        {
            using var stream = File.OpenRead(path);
            files = ChartArchive.Read(stream, displayPath, limits, budget, problems);
        }
        else if (Directory.Exists(path))
        {
            files = ReadFolder(path, displayPath, limits, budget, problems);
        }
        else
        {
            problems.Add(new RenderProblem(new SourcePosition(displayPath, 0, 0), "the chart path does not exist"));
            return null;
        }

        return files is null ? null : FromFiles(files, displayPath, null, 0, limits, budget, problems);
    }

    /// <summary>Loads a chart from files the caller read (paths relative to the chart folder), under the same bounds.</summary>
    public static HelmChart? FromMemory(IReadOnlyDictionary<string, byte[]> given, string displayPath, ChartLimits limits, List<RenderProblem> problems)
    {
        var budget = new ChartArchive.Budget(limits);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (relative, data) in given)
        {
            if (data.Length > limits.MaxFileBytes || !budget.Take(data.Length))
            {
                problems.Add(new RenderProblem(new SourcePosition($"{displayPath}/{relative}", 0, 0), "the chart is over the size limit; it was not rendered"));
                return null;
            }

            files[relative] = data;
        }

        return FromFiles(files, displayPath, null, 0, limits, budget, problems);
    }

    private static Dictionary<string, byte[]>? ReadFolder(string root, string displayPath, ChartLimits limits, ChartArchive.Budget budget, List<RenderProblem> problems)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        foreach (var file in Directory.EnumerateFiles(root, "*", options))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var size = new FileInfo(file).Length;
            if (size > limits.MaxFileBytes || !budget.Take(size))
            {
                problems.Add(new RenderProblem(new SourcePosition($"{displayPath}/{relative}", 0, 0), "the chart is over the size limit; it was not rendered"));
                return null;
            }

            files[relative] = File.ReadAllBytes(file);
        }

        return files;
    }

    private static HelmChart? FromFiles(Dictionary<string, byte[]> files, string origin, HelmChart? parent, int depth, ChartLimits limits, ChartArchive.Budget budget, List<RenderProblem> problems)
    {
        string Source(string rel) => origin.EndsWith(".tgz", StringComparison.Ordinal) ? $"{origin}!/{rel}" : $"{origin}/{rel}";
        if (!files.TryGetValue("Chart.yaml", out var chartYaml))
        {
            problems.Add(new RenderProblem(new SourcePosition(Source("Chart.yaml"), 0, 0), "Chart.yaml file is missing"));
            return null;
        }

        var metadata = HelmYaml.ReadFirst(Text(chartYaml), Source("Chart.yaml"), out var error) as GoMap;
        if (error is not null || metadata is null || metadata.GetValueOrDefault("name") is not string { Length: > 0 } name)
        {
            problems.Add(new RenderProblem(new SourcePosition(Source("Chart.yaml"), 1, 0), error ?? "validation: chart.metadata.name is required"));
            return null;
        }

        if (metadata.GetValueOrDefault("apiVersion") is "v1" && files.TryGetValue("requirements.yaml", out var requirements)
            && HelmYaml.ReadFirst(Text(requirements), Source("requirements.yaml"), out _) is GoMap req && req.TryGetValue("dependencies", out var deps))
        {
            metadata["dependencies"] = deps;
        }

        var values = new GoMap();
        if (files.TryGetValue("values.yaml", out var valuesYaml))
        {
            var read = HelmYaml.ReadFirst(Text(valuesYaml), Source("values.yaml"), out var valuesError);
            if (valuesError is not null)
            {
                problems.Add(new RenderProblem(new SourcePosition(Source("values.yaml"), 1, 0), valuesError));
            }

            values = read as GoMap ?? new GoMap();
        }

        var chart = new HelmChart
        {
            Name = name,
            Metadata = metadata,
            Origin = origin,
            Files = files,
            Values = values,
            Schema = files.TryGetValue("values.schema.json", out var schema) ? Text(schema) : null,
            Parent = parent,
        };
        if (depth >= limits.MaxDependencyDepth)
        {
            problems.Add(new RenderProblem(new SourcePosition(Source("Chart.yaml"), 1, 0), "dependencies are nested too deeply; the deeper ones were not loaded"));
            return chart;
        }

        foreach (var (sub, subFiles, subOrigin) in Dependencies(files, origin, limits, budget, problems))
        {
            if (FromFiles(subFiles, subOrigin, chart, depth + 1, limits, budget, problems) is { } dependency)
            {
                chart.Dependencies.Add(dependency);
            }

            _ = sub;
        }

        return chart;
    }

    private static IEnumerable<(string Name, Dictionary<string, byte[]> Files, string Origin)> Dependencies(
        Dictionary<string, byte[]> files, string origin, ChartLimits limits, ChartArchive.Budget budget, List<RenderProblem> problems)
    {
        string Source(string rel) => origin.EndsWith(".tgz", StringComparison.Ordinal) ? $"{origin}!/{rel}" : $"{origin}/{rel}";
        var folders = new SortedDictionary<string, Dictionary<string, byte[]>>(StringComparer.Ordinal);
        foreach (var (path, data) in files)
        {
            if (!path.StartsWith("charts/", StringComparison.Ordinal))
            {
                continue;
            }

            var rest = path["charts/".Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0)
            {
                if (rest.EndsWith(".tgz", StringComparison.Ordinal))
                {
                    using var stream = new MemoryStream(data);
                    var archive = ChartArchive.Read(stream, Source(path), limits, budget, problems);
                    if (archive is not null)
                    {
                        folders[rest] = archive;
                    }
                }

                continue;
            }

            var folder = rest[..slash];
            if (!folders.TryGetValue(folder, out var sub))
            {
                folders[folder] = sub = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            }

            sub[rest[(slash + 1)..]] = data;
        }

        foreach (var (name, sub) in folders)
        {
            if (sub.ContainsKey("Chart.yaml"))
            {
                yield return (name, sub, Source("charts/" + name));
            }
        }
    }

    private static string Text(byte[] data) => Encoding.UTF8.GetString(data);
}
