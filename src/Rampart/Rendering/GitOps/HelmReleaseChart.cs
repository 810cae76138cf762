using Rampart.Rendering.Helm;

namespace Rampart.Rendering.GitOps;

/// <summary>
/// The chart a HelmRelease installs, once its source is known: a folder of this repository (<see cref="Folder"/>, with
/// the source's <c>valuesFiles</c>), a chart of the chart cache (<see cref="Cached"/>), or why it is not checked
/// (<see cref="NotChecked"/>). <see cref="Line"/> is the line of the HelmRelease (or HelmChart) field naming it.
/// </summary>
internal sealed record HelmReleaseChart(string? Folder, RepositoryChart? Cached, IReadOnlyList<string> ValuesFiles, string? NotChecked, int Line)
{
    public static HelmReleaseChart Skipped(string why) => new(null, null, [], why, 0);
}
