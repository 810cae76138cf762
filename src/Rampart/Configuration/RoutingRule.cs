using Rampart.Findings;

namespace Rampart.Configuration;

/// <summary>
/// One routing rule: findings that match every condition given get <see cref="Owners"/> added (team names
/// or handles) and, when set, their responsibility replaced. Conditions left null match everything.
/// </summary>
public sealed record RoutingRule
{
    public Category? Category { get; init; }
    public Responsibility? Responsibility { get; init; }
    public IReadOnlyList<Glob> RuleIds { get; init; } = [];
    public IReadOnlyList<Glob> Paths { get; init; } = [];
    public IReadOnlyList<Glob> Namespaces { get; init; } = [];
    public IReadOnlyList<Glob> Kinds { get; init; } = [];
    /// <summary>True for cluster-scoped resources only, false for namespaced only.</summary>
    public bool? ClusterScoped { get; init; }

    public IReadOnlyList<string> Owners { get; init; } = [];
    public Responsibility? SetResponsibility { get; init; }

    /// <summary>Where the rule is written, for <c>rampart owners explain</c>.</summary>
    public required ConfigSource Source { get; init; }

    public bool Matches(Finding finding)
    {
        if (Category is { } category && finding.Category != category)
        {
            return false;
        }

        if (Responsibility is { } responsibility && finding.Responsibility != responsibility)
        {
            return false;
        }

        if (RuleIds.Count > 0 && !RuleIds.Any(g => g.IsMatch(finding.RuleId) || finding.Aliases.Any(g.IsMatch)))
        {
            return false;
        }

        if (Paths.Count > 0 && !Paths.Any(g => g.IsMatch(finding.Location.Path)))
        {
            return false;
        }

        var resource = finding.Resource;
        if (Kinds.Count > 0 && (resource is null || !Kinds.Any(g => g.IsMatch(resource.Kind))))
        {
            return false;
        }

        if (Namespaces.Count > 0 && (resource?.Namespace is not { } ns || !Namespaces.Any(g => g.IsMatch(ns))))
        {
            return false;
        }

        return ClusterScoped is not { } clusterScoped || (resource is not null && (resource.Namespace is null) == clusterScoped);
    }
}
