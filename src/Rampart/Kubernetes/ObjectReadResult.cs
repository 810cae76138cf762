using Rampart.Findings;

namespace Rampart.Kubernetes;

/// <summary>The Kubernetes objects read from one loaded document, and what kept others from being read.</summary>
public sealed record ObjectReadResult(IReadOnlyList<KubernetesObject> Objects, IReadOnlyList<Finding> Problems);
