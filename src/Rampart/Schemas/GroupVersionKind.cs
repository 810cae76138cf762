namespace Rampart.Schemas;

/// <summary>An API group, version and kind: what selects a schema. The core group is the empty string.</summary>
/// <remarks>A class, not a struct: the framework's dictionaries and sets keyed by it then run code ReadyToRun precompiled
/// (shared by reference types), where over a struct of this assembly each of their methods is compiled at run time.</remarks>
public sealed record GroupVersionKind(string Group, string Version, string Kind)
{
    /// <summary>Splits an <c>apiVersion</c> (<c>apps/v1</c>, <c>v1</c>) and pairs it with a kind.</summary>
    public static GroupVersionKind From(string apiVersion, string kind)
    {
        var slash = apiVersion.LastIndexOf('/');
        return slash < 0
            ? new GroupVersionKind("", apiVersion, kind)
            : new GroupVersionKind(apiVersion[..slash], apiVersion[(slash + 1)..], kind);
    }

    public GroupVersion GroupVersion => new(Group, Version);

    public string ApiVersion => GroupVersion.ApiVersion;

    public override string ToString() => $"{ApiVersion}, Kind={Kind}";
}
