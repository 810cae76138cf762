namespace Rampart.Schemas;

/// <summary>
/// One kind in one API version of Kubernetes that a release deprecated and a later one stopped serving, with the
/// API version to move to (null when the kind has no successor, as PodSecurityPolicy).
/// </summary>
public sealed record ApiDeprecation(string ApiVersion, string Kind, Version DeprecatedIn, Version RemovedIn, string? Replacement)
{
    /// <summary>What the object's API version is in <paramref name="target"/>.</summary>
    public ApiStatus StatusIn(Version target) =>
        target >= RemovedIn ? ApiStatus.Removed : target >= DeprecatedIn ? ApiStatus.Deprecated : ApiStatus.Served;

    /// <summary>"use apps/v1" or why there is nothing to move to.</summary>
    public string Advice => Replacement is { } to
        ? $"migrate to {to}"
        : "it has no replacement API version: remove the object";
}
