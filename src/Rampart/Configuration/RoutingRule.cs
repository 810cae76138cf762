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

    public bool Matches(Finding finding, string pathPrefix = "") => Mismatch(finding, pathPrefix) is null;

    /// <summary>
    /// Why the rule does not match <paramref name="finding"/>, or null when it does; the path globs see
    /// <paramref name="pathPrefix"/> before the finding's path (<see cref="RampartConfig.PathPrefix"/>).
    /// </summary>
    public string? Mismatch(Finding finding, string pathPrefix = "")
    {
        if (Category is { } category && finding.Category != category)
        {
            return $"category is {Name(finding.Category)}, not {Name(category)}";
        }

        if (Responsibility is { } responsibility && finding.Responsibility != responsibility)
        {
            return $"responsibility is {Name(finding.Responsibility)}, not {Name(responsibility)}";
        }

        if (RuleIds.Count > 0 && !RuleIds.Any(g => g.IsMatch(finding.RuleId) || finding.Aliases.Any(g.IsMatch)))
        {
            return $"rule {finding.RuleId} is not {List(RuleIds)}";
        }

        var path = pathPrefix + finding.Location.Path;
        if (Paths.Count > 0 && !Paths.Any(g => g.IsMatch(path)))
        {
            return $"path {path} is not under {List(Paths)}";
        }

        var resource = finding.Resource;
        if (Kinds.Count > 0 && (resource is null || !Kinds.Any(g => g.IsMatch(resource.Kind))))
        {
            return resource is null ? "the finding has no resource kind" : $"kind {resource.Kind} is not {List(Kinds)}";
        }

        if (Namespaces.Count > 0 && (resource?.Namespace is not { } ns || !Namespaces.Any(g => g.IsMatch(ns))))
        {
            return resource?.Namespace is null ? "the finding has no namespace" : $"namespace {resource.Namespace} is not {List(Namespaces)}";
        }

        if (ClusterScoped is { } clusterScoped && (resource is null || (resource.Namespace is null) != clusterScoped))
        {
            return clusterScoped ? "the resource is not cluster-scoped" : "the resource is not namespaced";
        }

        return null;
    }

    private static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string List(IReadOnlyList<Glob> globs) => string.Join(" or ", globs.Select(g => g.Pattern));
}
