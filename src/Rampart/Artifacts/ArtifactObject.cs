using Rampart.Kubernetes.Admission;
using Rampart.Kubernetes;

namespace Rampart.Artifacts;

/// <summary>An object an artifact holds parsed, and the admission attributes it is checked under.</summary>
public sealed record ArtifactObject(KubernetesObject Object, AdmissionAttributes Attributes);
