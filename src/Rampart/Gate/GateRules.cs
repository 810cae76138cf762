using Rampart.Findings;

namespace Rampart.Gate;

/// <summary>Findings the decide stage itself reports: waivers that no longer or never applied.</summary>
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

    public static IReadOnlyList<RuleDescriptor> All { get; } = [ExpiredWaiver, StaleWaiver, UnapprovedWaiver];

    public static Finding Create(RuleDescriptor rule, string message, string path, int line) =>
        rule.Report(message, new SourceLocation(path, line, 1)) with { Discriminator = $"{path}:{line}" };
}
