namespace Rampart.Policies.Matching;

/// <summary>
/// <c>spec.matchConstraints</c>: the resources a policy validates. An object is in scope when it matches a
/// resource rule, no exclude rule, the namespace selector and the object selector.
/// </summary>
public sealed record MatchResources
{
    public IReadOnlyList<ResourceRule> ResourceRules { get; init; } = [];
    public IReadOnlyList<ResourceRule> ExcludeResourceRules { get; init; } = [];
    public LabelSelector NamespaceSelector { get; init; } = LabelSelector.Everything;
    public LabelSelector ObjectSelector { get; init; } = LabelSelector.Everything;

    /// <summary><c>Equivalent</c> (the default) or <c>Exact</c>.</summary>
    public string MatchPolicy { get; init; } = "Equivalent";

    /// <summary>Whether a rule limits the policy to named objects (then matching depends on more than the resource).</summary>
    public bool UsesResourceNames => ResourceRules.Any(r => r.ResourceNames.Count > 0) || ExcludeResourceRules.Any(r => r.ResourceNames.Count > 0);

    public bool Matches(ResourceTarget target, string operation)
    {
        var equivalent = MatchPolicy != "Exact";
        return ResourceRules.Any(r => r.Matches(target, operation, equivalent))
            && !ExcludeResourceRules.Any(r => r.Matches(target, operation, equivalent));
    }
}
