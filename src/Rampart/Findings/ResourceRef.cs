namespace Rampart.Findings;

/// <summary>The Kubernetes object a finding is about.</summary>
public sealed record ResourceRef(string ApiVersion, string Kind, string? Namespace, string? Name)
{
    /// <summary>A stable identity: <c>group/kind/namespace/name</c> (the version is left out so that an API upgrade keeps it).</summary>
    public string Identity
    {
        get
        {
            var slash = ApiVersion.IndexOf('/', StringComparison.Ordinal);
            var group = slash < 0 ? "" : ApiVersion[..slash];
            return $"{group}/{Kind}/{Namespace ?? ""}/{Name ?? ""}";
        }
    }

    public override string ToString() =>
        Namespace is null ? $"{Kind}/{Name}" : $"{Kind}/{Namespace}/{Name}";
}
