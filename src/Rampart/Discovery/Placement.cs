namespace Rampart.Discovery;

/// <summary>
/// What the walk knows about a file's place that its content alone does not say: the Helm chart it belongs
/// to and whether a kustomization lists it as a patch.
/// </summary>
/// <param name="Chart">The nearest folder at or above the file that has a <c>Chart.yaml</c> (relative), or null.</param>
/// <param name="PatchOf">Why the file is a Kustomize patch (which kustomization lists it, under which field), or null.</param>
public sealed record Placement(string? Chart, string? PatchOf)
{
    public static Placement None { get; } = new(null, null);
}
