using Rampart.Findings;

namespace Rampart.Gate;

/// <summary>Findings the decide stage itself reports: waivers that no longer or never applied, inline suppressions that cannot be reviewed or apply to nothing.</summary>
public static class GateRules
{
    public static readonly RuleDescriptor ExpiredWaiver = new()
    {
        Id = "RMP-GATE-001",
        Title = "Waiver expired",
        Category = Category.Policy,
        Severity = Severity.Medium,
        Responsibility = Responsibility.Security,
        Description = "A waiver matched findings but its expiry date has passed, so they count again.",
        Remediation = "Fix the findings, or renew the waiver with a new expiry date and a fresh approval.",
    };

    public static readonly RuleDescriptor StaleWaiver = new()
    {
        Id = "RMP-GATE-002",
        Title = "Waiver matches nothing",
        Category = Category.Policy,
        Severity = Severity.Low,
        Responsibility = Responsibility.Security,
        Description = "A waiver matched no finding of this scan: the problem was fixed or the selector is wrong.",
        Remediation = "Remove the waiver, or correct its selectors.",
    };

    public static readonly RuleDescriptor UnapprovedWaiver = new()
    {
        Id = "RMP-GATE-003",
        Title = "Waiver approver not allowed",
        Category = Category.Policy,
        Severity = Severity.Medium,
        Responsibility = Responsibility.Security,
        Description = "A waiver's approver belongs neither to the team owning the findings nor to a team allowed to approve waivers; the waiver does not apply.",
        Remediation = "Have a member of the owning team or of an approving team (waiverApprovers) approve it.",
    };

    public static readonly RuleDescriptor SuppressionWithoutReason = new()
    {
        Id = "RMP-GATE-004",
        Title = "Inline suppression without a reason",
        Category = Category.Policy,
        Severity = Severity.Medium,
        Responsibility = Responsibility.Security,
        Description = "A # rampart:ignore comment suppresses findings without saying why; the findings are suppressed, but the decision cannot be reviewed.",
        Remediation = "Write the reason after the rule ids: # rampart:ignore RMP-K8S-006 node-exporter reads host metrics.",
    };

    public static readonly RuleDescriptor UnknownSuppression = new()
    {
        Id = "RMP-GATE-005",
        Title = "Inline suppression names no known rule",
        Category = Category.Policy,
        Severity = Severity.Low,
        Responsibility = Responsibility.Security,
        Description = "A # rampart: comment is not a directive Rampart knows, or names a rule id or alias that no rule of the scan has, so it suppresses nothing.",
        Remediation = "Correct the comment: # rampart:ignore followed by rule ids or aliases (comma-separated, * for all) and the reason.",
    };

    public static IReadOnlyList<RuleDescriptor> All { get; } = [ExpiredWaiver, StaleWaiver, UnapprovedWaiver, SuppressionWithoutReason, UnknownSuppression];

    public static Finding Create(RuleDescriptor rule, string message, string path, int line) =>
        rule.Report(message, new SourceLocation(path, line, 1)) with { Discriminator = $"{path}:{line}" };
}
