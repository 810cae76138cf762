namespace Rampart.Schemas;

/// <summary>An API group and version (<c>apps/v1</c>; the core group is the empty string).</summary>
/// <remarks>A class, not a struct: the framework's dictionaries and sets keyed by it then run code ReadyToRun precompiled
/// (shared by reference types), where over a struct of this assembly each of their methods is compiled at run time.</remarks>
public sealed record GroupVersion(string Group, string Version)
{
    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>The document's path in Kubernetes' <c>api/openapi-spec/v3</c> layout as served by a cluster: <c>api/v1</c>, <c>apis/apps/v1</c>.</summary>
    public string DiscoveryPath => Group.Length == 0 ? $"api/{Version}" : $"apis/{Group}/{Version}";

    public static GroupVersion Parse(string apiVersion)
    {
        var slash = apiVersion.LastIndexOf('/');
        return slash < 0 ? new GroupVersion("", apiVersion) : new GroupVersion(apiVersion[..slash], apiVersion[(slash + 1)..]);
    }

    public override string ToString() => ApiVersion;
}
