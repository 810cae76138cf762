namespace Rampart.Discovery;

/// <summary>
/// What the walk knows about a file's place that its content alone does not say: the Helm chart it belongs
/// to. (Whether a kustomization reads it is decided after the walk, by the render stage, whatever the walk order.)
/// </summary>
/// <param name="Chart">The nearest folder at or above the file that has a <c>Chart.yaml</c> (relative), or null.</param>
public sealed record Placement(string? Chart)
{
    public static Placement None { get; } = new((string?)null);
}
