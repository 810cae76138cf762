using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering.Helm;

/// <summary>A chart folder of the repository: its files as discovery found them, read through the confined file system.</summary>
/// <param name="Folder">The chart folder, relative to the repository root ("" for the root).</param>
/// <param name="Files">The chart's files by path relative to <paramref name="Folder"/>.</param>
/// <param name="SourceFiles">The same files, relative to the repository root.</param>
public sealed record RepositoryChart(string Folder, IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<string> SourceFiles)
{
    /// <summary>The chart's <c>Chart.yaml</c>, relative to the repository root.</summary>
    public string ChartYaml => Under(Folder, "Chart.yaml");

    /// <summary>Every discovered file under <paramref name="folder"/>; null when it holds no <c>Chart.yaml</c>.</summary>
    public static RepositoryChart? Read(RenderInputs inputs, string folder)
    {
        var prefix = folder.Length == 0 ? "" : folder + "/";
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var sources = new List<string>();
        foreach (var file in inputs.Discovered)
        {
            var path = file.RelativePath;
            if (path.StartsWith(prefix, StringComparison.Ordinal) && inputs.Files.ReadFile(path, out _) is { } data)
            {
                files[path[prefix.Length..]] = data;
                sources.Add(path);
            }
        }

        return files.ContainsKey("Chart.yaml") ? new RepositoryChart(folder, files, sources) : null;
    }

    /// <summary>A path under a folder of the repository ('' for the root).</summary>
    public static string Under(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;

    /// <summary>Whether <paramref name="path"/> is a file called <paramref name="name"/>; <paramref name="folder"/> is its folder ("" for the root).</summary>
    public static bool IsFolderOf(string path, string name, out string folder)
    {
        folder = KustomizePaths.Directory(path);
        return KustomizePaths.FileName(path) == name;
    }
}
