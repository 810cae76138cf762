namespace Rampart.Rendering.Kustomize.Model;

/// <summary>Group, version and kind of a resource, or a selector of them (empty parts select anything).</summary>
/// <remarks>A class, not a struct: the framework's dictionaries and sets keyed by it then run code ReadyToRun precompiled
/// (shared by reference types), where over a struct of this assembly each of their methods is compiled at run time.</remarks>
internal sealed record Gvk(string Group, string Version, string Kind)
{
    /// <summary>Splits an apiVersion (<c>apps/v1</c>, <c>v1</c>) into group and version.</summary>
    public static Gvk Of(string? apiVersion, string? kind)
    {
        apiVersion ??= "";
        var slash = apiVersion.LastIndexOf('/');
        return slash < 0 ? new Gvk("", apiVersion, kind ?? "") : new Gvk(apiVersion[..slash], apiVersion[(slash + 1)..], kind ?? "");
    }

    public string ApiVersion => Group.Length == 0 ? Version : Group + "/" + Version;

    /// <summary>Whether this resource type is selected by <paramref name="selector"/>, whose empty parts match anything.</summary>
    public bool IsSelectedBy(Gvk selector) =>
        (selector.Group.Length == 0 || selector.Group == Group)
        && (selector.Version.Length == 0 || selector.Version == Version)
        && (selector.Kind.Length == 0 || selector.Kind == Kind);

    /// <summary>The string the legacy order compares for types it does not rank (<c>~G_v1_ConfigMap</c>).</summary>
    public string SortKey =>
        (Group.Length == 0 ? "~G" : Group) + "_" + (Version.Length == 0 ? "~V" : Version) + "_" + (Kind.Length == 0 ? "~K" : Kind);

    public override string ToString() => SortKey;
}
