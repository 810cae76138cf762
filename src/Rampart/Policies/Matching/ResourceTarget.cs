namespace Rampart.Policies.Matching;

/// <summary>
/// An object as admission sees it: group, version, plural resource name, scope and name.
/// <see cref="EquivalentGroups"/> lists the other groups the same resource is served under (for
/// matchPolicy Equivalent). <see cref="Namespaced"/> is null for kinds Rampart does not know.
/// </summary>
public sealed record ResourceTarget(string Group, string Version, string Resource, bool? Namespaced, string? Name)
{
    public IReadOnlyList<string> EquivalentGroups { get; init; } = [];
}
