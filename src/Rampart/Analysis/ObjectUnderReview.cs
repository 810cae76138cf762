using Rampart.Kubernetes.Admission;
using Rampart.Kubernetes;

namespace Rampart.Analysis;

/// <summary>An object handed to the object analyzers, with the admission attributes it is checked under.</summary>
public sealed record ObjectUnderReview(KubernetesObject Object, AdmissionAttributes Attributes);
