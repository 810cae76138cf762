using Rampart.Kubernetes;

namespace Rampart.Analysis;

/// <summary>
/// What an analyzer may know beyond the object in hand: the other objects of the repository (for
/// cross-object checks such as a Namespace object or a PodDisruptionBudget), and cancellation.
/// </summary>
public sealed class AnalysisContext(IReadOnlyList<KubernetesObject> objects, CancellationToken cancellation)
{
    public IReadOnlyList<KubernetesObject> Objects { get; } = objects;
    public CancellationToken Cancellation { get; } = cancellation;
}
