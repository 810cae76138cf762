using Rampart.Kubernetes;

namespace Rampart.Analysis;

/// <summary>
/// What one scan knows across objects, prepared once before analysis and read-only after: the objects of the kinds
/// analyzers asked for (CRDs, Namespaces, the kinds policies bind to <c>params</c>, …) in a stable order, and every
/// apiVersion in use. A scan fills it from the repository's files; a cluster's cache can fill it the same way.
/// Analyzers build what they derive from it (an index of namespaces, compiled CRD schemas) when they are built.
/// </summary>
public sealed class ScanIndex(IReadOnlyList<KubernetesObject> objects, IReadOnlySet<string> apiVersions)
{
    public static ScanIndex Empty { get; } = new([], new HashSet<string>(StringComparer.Ordinal));

    /// <summary>An index of <paramref name="objects"/> and the apiVersions they use (a test's objects, a cluster's cache).</summary>
    public static ScanIndex Of(IReadOnlyList<KubernetesObject> objects) =>
        new(objects, new HashSet<string>(objects.Select(o => o.ApiVersion), StringComparer.Ordinal));

    public IReadOnlyList<KubernetesObject> Objects { get; } = objects;
    public IReadOnlySet<string> ApiVersions { get; } = apiVersions;
}
