using Rampart.Configuration;
using Rampart.Findings;
using Rampart.Policies;
using Rampart.Policies.CrossObject;

namespace Rampart.Scanning;

/// <summary>
/// Applies <see cref="RuleSettings"/> to findings: drops those of rules switched off and gives the others their
/// configured severity. Profiles and <c>--rule</c> choose among checks (schema validation and policies); the scan's own
/// rules (what could not be discovered, loaded or rendered, waiver problems, analyzer failures) hold the gate whatever
/// the profile or <c>--rule</c> say, and go only when <c>rules.disable</c> or <c>--skip-rule</c> names them.
/// </summary>
public sealed class RuleFilter(RuleSettings settings)
{
    private static readonly Lazy<HashSet<string>> StageRules = new(() => new(RuleCatalog.Stages.Select(r => r.Id), StringComparer.Ordinal));
    private static readonly Lazy<HashSet<string>> BuiltInPolicyIds = new(() => new(BuiltInPolicies.All.Policies.Select(p => p.Id).Concat(CrossObjectRules.All.Select(r => r.Id)), StringComparer.Ordinal));

    /// <summary>The finding as configured, or null when its rule is switched off.</summary>
    public Finding? Apply(Finding finding)
    {
        if (!IsOn(finding))
        {
            return null;
        }

        foreach (var (selector, severity) in settings.Severities)
        {
            if (selector.Matches(finding))
            {
                return finding.Severity == severity ? finding : finding with { Severity = severity };
            }
        }

        return finding;
    }

    /// <summary>Applies the settings to every finding, in place.</summary>
    public void Apply(List<Finding> findings)
    {
        if (settings.IsDefault)
        {
            return;
        }

        var kept = 0;
        for (var i = 0; i < findings.Count; i++)
        {
            if (Apply(findings[i]) is { } finding)
            {
                findings[kept++] = finding;
            }
        }

        findings.RemoveRange(kept, findings.Count - kept);
    }

    private bool IsOn(Finding finding)
    {
        if (Any(settings.Skip, finding))
        {
            return false;
        }

        var enabled = Any(settings.Enable, finding);
        if (StageRules.Value.Contains(finding.RuleId))
        {
            return enabled || !Any(settings.Disable, finding);
        }

        if (settings.Only.Count > 0)
        {
            return Any(settings.Only, finding);
        }

        return enabled || (InProfile(finding) && !Any(settings.Disable, finding));
    }

    private bool InProfile(Finding finding) =>
        settings.Profiles.Count == 0
        || !BuiltInPolicyIds.Value.Contains(finding.RuleId)
        || settings.Profiles.Any(profile => InProfile(profile, finding));

    /// <summary>Whether a built-in policy's finding belongs to <paramref name="profile"/>, by its Pod Security Standards alias.</summary>
    public static bool InProfile(RuleProfile profile, Finding finding) => RuleProfiles.Contains(profile, finding);

    private static bool Any(IReadOnlyList<RuleSelector> selectors, Finding finding) => selectors.Any(s => s.Matches(finding));
}
