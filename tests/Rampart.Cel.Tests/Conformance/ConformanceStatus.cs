namespace Rampart.Cel.Tests.Conformance;

internal enum ConformanceStatus
{
    Passed,
    Failed,
    NeedsProto,
    Skipped,

    /// <summary>Fails as cel-spec words it because the engine does what the Kubernetes API server does.</summary>
    KubernetesChoice,
}
