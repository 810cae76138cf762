namespace Rampart.Policies.Matching;

/// <summary>
/// One <c>resourceRules</c> entry of a ValidatingAdmissionPolicy (a <c>NamedRuleWithOperations</c>). Empty lists
/// are kept as written; <c>*</c> matches everything in its list.
/// </summary>
public sealed record ResourceRule
{
    public IReadOnlyList<string> ApiGroups { get; init; } = [];
    public IReadOnlyList<string> ApiVersions { get; init; } = [];
    public IReadOnlyList<string> Resources { get; init; } = [];
    public IReadOnlyList<string> Operations { get; init; } = [];
    public IReadOnlyList<string> ResourceNames { get; init; } = [];

    /// <summary><c>Cluster</c>, <c>Namespaced</c> or <c>*</c> (the default).</summary>
    public string Scope { get; init; } = "*";

    /// <summary>
    /// Whether the rule covers <paramref name="target"/> when it is created. With <paramref name="equivalent"/>
    /// (matchPolicy Equivalent, the default) a rule for <c>apps/v1 deployments</c> also covers a Deployment
    /// written as <c>extensions/v1beta1</c>, as the API server converts it before evaluating the policy.
    /// </summary>
    public bool Matches(ResourceTarget target, string operation, bool equivalent)
    {
        if (!Contains(Operations, operation) || !MatchesScope(target.Namespaced))
        {
            return false;
        }

        if (ResourceNames.Count > 0 && (target.Name is null || !ResourceNames.Contains(target.Name, StringComparer.Ordinal)))
        {
            return false;
        }

        if (!MatchesResource(target.Resource))
        {
            return false;
        }

        if (Contains(ApiGroups, target.Group) && Contains(ApiVersions, target.Version))
        {
            return true;
        }

        return equivalent && ApiVersions.Count > 0 && target.EquivalentGroups.Any(g => Contains(ApiGroups, g));
    }

    private bool MatchesScope(bool? namespaced) => Scope switch
    {
        "Cluster" => namespaced == false,
        "Namespaced" => namespaced != false,
        _ => true,
    };

    private bool MatchesResource(string resource)
    {
        foreach (var r in Resources)
        {
            if (r == "*" || r == "*/*" || string.Equals(r, resource, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        foreach (var item in list)
        {
            if (item == "*" || string.Equals(item, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
