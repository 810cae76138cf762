using Rampart.Analysis;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Rendering.GitOps;

/// <summary>Reading Flux objects: fields of their trees, and the objects they name, looked up in the scan's index.</summary>
internal static class FluxSpec
{
    public static Node? At(Node? node, params string[] path)
    {
        foreach (var key in path)
        {
            node = node is MappingNode map ? map[key] : null;
        }

        return node;
    }

    /// <summary>The text of the scalar at <paramref name="path"/>, or null when there is none.</summary>
    public static string? Text(Node? node, params string[] path) => At(node, path) is ScalarNode { Kind: not ScalarKind.Null } s ? s.Text : null;

    public static bool IsFlux(KubernetesObject o, string group, string kind) =>
        o.Kind == kind && o.ApiVersion.StartsWith(group + "/", StringComparison.Ordinal);

    /// <summary>How reports name a Flux object: <c>namespace/name</c>, or the name alone when the file gives no namespace.</summary>
    public static string NameOf(KubernetesObject o) => o.Namespace is { Length: > 0 } ns ? ns + "/" + o.Name : o.Name ?? "";

    /// <summary>The object an entry point stands for: the one of <paramref name="kind"/> declared at its file and line.</summary>
    public static KubernetesObject? Declaring(ScanIndex index, EntryPoint entryPoint, string group, string kind) =>
        index.Objects.FirstOrDefault(o => o.Path == entryPoint.File && o.Root.Start.Line == entryPoint.Line && IsFlux(o, group, kind));

    /// <summary>
    /// The object of <paramref name="kind"/> named <paramref name="name"/> in <paramref name="ns"/>: one in that namespace
    /// first, else one whose file gives no namespace (a kustomization or the Flux object sets it).
    /// </summary>
    public static KubernetesObject? Named(ScanIndex index, Func<KubernetesObject, bool> kind, string name, string? ns)
    {
        var candidates = index.Objects.Where(o => kind(o) && o.Name == name).ToList();
        return candidates.FirstOrDefault(o => o.Namespace == ns)
            ?? candidates.FirstOrDefault(o => string.IsNullOrEmpty(o.Namespace) || string.IsNullOrEmpty(ns));
    }
}
