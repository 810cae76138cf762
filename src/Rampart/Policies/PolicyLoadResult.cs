using Rampart.Findings;

namespace Rampart.Policies;

/// <summary>The policies read from one or more files, and the problems found in them (with file, line and column).</summary>
public sealed record PolicyLoadResult(IReadOnlyList<Policy> Policies, IReadOnlyList<Finding> Problems)
{
    public static PolicyLoadResult Empty { get; } = new([], []);

    /// <summary>
    /// This result with <paramref name="overrides"/> laid over it: a policy of <paramref name="overrides"/> with the
    /// same id replaces the one here (that is how users override a built-in policy), the others are added.
    /// </summary>
    public PolicyLoadResult OverriddenBy(PolicyLoadResult overrides)
    {
        var replaced = overrides.Policies.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var policies = Policies.Where(p => !replaced.Contains(p.Id)).Concat(overrides.Policies).ToList();
        return new PolicyLoadResult(policies, [.. Problems, .. overrides.Problems]);
    }
}
