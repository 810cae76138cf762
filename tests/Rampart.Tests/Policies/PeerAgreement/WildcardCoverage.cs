using Rampart.Findings;

namespace Rampart.Tests.Policies.PeerAgreement;

/// <summary>
/// A fact of the mapping: a rule with "*" in its verbs or resources is reported once, by RMP-K8S-041, whose message
/// names each sensitive grant the "*" includes by the id of the check that would otherwise report it (RMP-K8S-043 to
/// RMP-K8S-047 stay silent on that rule). A peer check mapped to one of those ids is therefore also covered by an
/// RMP-K8S-041 finding whose message names the id, and by nothing else of RMP-K8S-041.
/// </summary>
internal static class WildcardCoverage
{
    public const string WildcardRule = "RMP-K8S-041";

    public static IReadOnlySet<string> Implied { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "RMP-K8S-043", "RMP-K8S-044", "RMP-K8S-045", "RMP-K8S-046", "RMP-K8S-047",
    };

    /// <summary>The policies to run for a case: its own, and the wildcard rule when one of them is implied by "*".</summary>
    public static IReadOnlyList<string> PoliciesFor(PeerCase peerCase) =>
        peerCase.PolicyIds.Any(Implied.Contains) && !peerCase.PolicyIds.Contains(WildcardRule)
            ? [.. peerCase.PolicyIds, WildcardRule]
            : peerCase.PolicyIds;

    /// <summary>The case's policies a finding counts for: its rule, or the implied ids a wildcard finding's message names.</summary>
    public static IEnumerable<string> CountsFor(Finding finding, PeerCase peerCase) =>
        finding.RuleId == WildcardRule && !peerCase.PolicyIds.Contains(WildcardRule)
            ? peerCase.PolicyIds.Where(id => Implied.Contains(id) && finding.Message.Contains(id, StringComparison.Ordinal))
            : [finding.RuleId];
}
