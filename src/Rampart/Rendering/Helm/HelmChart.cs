using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary>A loaded chart: its metadata (Chart.yaml), default values with their positions, files, schema and dependencies.</summary>
internal sealed class HelmChart
{
    public required string Name { get; init; }

    /// <summary>Chart.yaml as read (keys as written: name, version, appVersion, dependencies…).</summary>
    public required GoMap Metadata { get; init; }

    /// <summary>The path findings name for a file of this chart: the chart folder (or archive) the files came from.</summary>
    public required string Origin { get; init; }

    public required IReadOnlyDictionary<string, byte[]> Files { get; init; }

    public required GoMap Values { get; init; }

    public string? Schema { get; init; }

    public List<HelmChart> Dependencies { get; } = [];

    public HelmChart? Parent { get; set; }

    public bool IsLibrary => Metadata.GetValueOrDefault("type") as string == "library";

    /// <summary>Helm's ChartFullPath: <c>parent/charts/child</c>.</summary>
    public string FullPath => Parent is null ? Name : Parent.FullPath + "/charts/" + Name;

    /// <summary>The path of a chart file as findings show it.</summary>
    public string SourceOf(string relative) => Origin.Length == 0 ? relative : Origin.EndsWith(".tgz", StringComparison.Ordinal) ? $"{Origin}!/{relative}" : $"{Origin}/{relative}";
}
