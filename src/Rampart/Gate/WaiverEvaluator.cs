using Rampart.Configuration;
using Rampart.Findings;

namespace Rampart.Gate;

/// <summary>
/// Applies waivers to attributed findings. A waiver applies to an open finding it matches when it has not
/// expired and its approver belongs to the team owning the finding or to a team allowed to approve
/// waivers. Waived findings stay in the report with status <see cref="FindingStatus.Waived"/>. Expired,
/// unapproved and stale waivers are reported as findings of their own.
/// </summary>
public sealed class WaiverEvaluator(RampartConfig config, DateOnly today)
{
    public WaiverOutcome Apply(IReadOnlyList<Finding> findings)
    {
        var result = new List<Finding>(findings.Count);
        var used = new HashSet<WaiverConfig>();
        var expiredHits = new Dictionary<WaiverConfig, int>();
        var unapprovedHits = new Dictionary<WaiverConfig, int>();
        foreach (var finding in findings)
        {
            var decided = finding;
            if (finding.Status == FindingStatus.Open)
            {
                foreach (var waiver in config.Waivers)
                {
                    if (!Matches(waiver, finding, config.PathPrefix))
                    {
                        continue;
                    }

                    used.Add(waiver);
                    if (waiver.Expires < today)
                    {
                        expiredHits[waiver] = expiredHits.GetValueOrDefault(waiver) + 1;
                        continue;
                    }

                    if (!MayApprove(waiver.Approver, finding))
                    {
                        unapprovedHits[waiver] = unapprovedHits.GetValueOrDefault(waiver) + 1;
                        continue;
                    }

                    decided = finding with
                    {
                        Status = FindingStatus.Waived,
                        StatusReason = $"waived until {waiver.Expires:yyyy-MM-dd} by {waiver.Approver}: {waiver.Reason} ({waiver.Source})",
                    };
                    break;
                }
            }

            result.Add(decided);
        }

        var problems = new List<Finding>();
        foreach (var (waiver, count) in expiredHits)
        {
            problems.Add(GateRules.Create(GateRules.ExpiredWaiver,
                $"waiver ({waiver.Describe()}) expired on {waiver.Expires:yyyy-MM-dd}; {count} finding(s) it covered count again",
                waiver.Source.Path, waiver.Source.Line));
        }

        foreach (var (waiver, count) in unapprovedHits)
        {
            problems.Add(GateRules.Create(GateRules.UnapprovedWaiver,
                $"waiver ({waiver.Describe()}) is approved by {waiver.Approver}, who may not approve it for {count} finding(s); allowed: members of the owning team or of {string.Join(", ", config.WaiverApprovers)}",
                waiver.Source.Path, waiver.Source.Line));
        }

        foreach (var waiver in config.Waivers.Where(w => !used.Contains(w)))
        {
            problems.Add(GateRules.Create(GateRules.StaleWaiver,
                $"waiver ({waiver.Describe()}) matches no finding of this scan",
                waiver.Source.Path, waiver.Source.Line));
        }

        return new WaiverOutcome(result, problems);
    }

    public static bool Matches(WaiverConfig waiver, Finding finding, string pathPrefix = "")
    {
        if (waiver.Rule is { } rule && !rule.IsMatch(finding.RuleId) && !finding.Aliases.Any(rule.IsMatch))
        {
            return false;
        }

        if (waiver.Fingerprint is { } fingerprint && !string.Equals(fingerprint, finding.Fingerprint, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (waiver.Path is { } path && !path.IsMatch(pathPrefix + finding.Location.Path))
        {
            return false;
        }

        var resource = finding.Resource;
        if (waiver.Kind is not null || waiver.Namespace is not null || waiver.Name is not null)
        {
            if (resource is null
                || (waiver.Kind is { } kind && !string.Equals(kind, resource.Kind, StringComparison.OrdinalIgnoreCase))
                || (waiver.Namespace is { } ns && !string.Equals(ns, resource.Namespace, StringComparison.Ordinal))
                || (waiver.Name is { } name && !string.Equals(name, resource.Name, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private bool MayApprove(string approver, Finding finding)
    {
        var owningTeams = config.TeamsOf(finding);
        if (owningTeams.Any(t => t.HasMember(approver)))
        {
            return true;
        }

        return config.WaiverApprovers.Any(name => config.FindTeam(name)?.HasMember(approver) == true);
    }
}
