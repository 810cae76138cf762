namespace Rampart.Rendering.Kustomize.Model;

/// <summary>The identity of a resource: its type, name and namespace (empty for none).</summary>
/// <remarks>A class, not a struct: the framework's dictionaries and sets keyed by it then run code ReadyToRun precompiled
/// (shared by reference types), where over a struct of this assembly each of their methods is compiled at run time.</remarks>
internal sealed record ResId(Gvk Gvk, string Name, string Namespace)
{
    /// <summary>Namespaces compare with the empty namespace standing for <c>default</c>, as Kubernetes fills it.</summary>
    public static bool SameNamespace(string a, string b) => Normal(a) == Normal(b);

    private static string Normal(string ns) => ns.Length == 0 ? "default" : ns;

    /// <summary>Same type (exactly), name and namespace.</summary>
    public bool Matches(ResId other) =>
        Gvk == other.Gvk && Name == other.Name && SameNamespace(Namespace, other.Namespace);

    /// <summary>Same kind, name and namespace, group and version compared only where both give one.</summary>
    public bool MatchesLoosely(ResId other) =>
        Gvk.Kind == other.Gvk.Kind && Name == other.Name && SameNamespace(Namespace, other.Namespace)
        && (Gvk.Group.Length == 0 || other.Gvk.Group.Length == 0 || Gvk.Group == other.Gvk.Group)
        && (Gvk.Version.Length == 0 || other.Gvk.Version.Length == 0 || Gvk.Version == other.Gvk.Version);

    public override string ToString() =>
        $"{Gvk.Kind}{(Gvk.ApiVersion.Length > 0 ? "." + Gvk.ApiVersion : "")} {(Namespace.Length > 0 ? Namespace + "/" : "")}{Name}";
}
