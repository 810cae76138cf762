using Rampart.Findings;

namespace Rampart.Reporting;

/// <summary>
/// The lower-case names reports use for the finding model's enums. Spelled out rather than derived from the
/// enum member names, so that renaming a member can never change a published format.
/// </summary>
public static class ReportNames
{
    /// <summary>Severities from the most to the least severe, the order reports list them in.</summary>
    public static IReadOnlyList<Severity> SeveritiesMostSevereFirst { get; } =
        [Severity.Critical, Severity.High, Severity.Medium, Severity.Low, Severity.Info];

    public static IReadOnlyList<Category> Categories { get; } =
        [Category.Schema, Category.Misconfiguration, Category.Policy, Category.Secret, Category.Vulnerability, Category.Image, Category.Gitops];

    public static IReadOnlyList<FindingStatus> Statuses { get; } =
        [FindingStatus.Open, FindingStatus.Suppressed, FindingStatus.Waived, FindingStatus.Baselined];

    public static IReadOnlyList<Responsibility> Responsibilities { get; } =
        [Responsibility.Developers, Responsibility.Security, Responsibility.Platform];

    public static string Of(Severity severity) => severity switch
    {
        Severity.Critical => "critical",
        Severity.High => "high",
        Severity.Medium => "medium",
        Severity.Low => "low",
        Severity.Info => "info",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    public static string Of(Category category) => category switch
    {
        Category.Schema => "schema",
        Category.Misconfiguration => "misconfiguration",
        Category.Policy => "policy",
        Category.Secret => "secret",
        Category.Vulnerability => "vulnerability",
        Category.Image => "image",
        Category.Gitops => "gitops",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    public static string Of(FindingStatus status) => status switch
    {
        FindingStatus.Open => "open",
        FindingStatus.Suppressed => "suppressed",
        FindingStatus.Waived => "waived",
        FindingStatus.Baselined => "baselined",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Of(ChangeKind change) => change switch
    {
        ChangeKind.New => "new",
        ChangeKind.Unchanged => "unchanged",
        ChangeKind.Fixed => "fixed",
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
    };

    public static string Of(Responsibility responsibility) => responsibility switch
    {
        Responsibility.Developers => "developers",
        Responsibility.Security => "security",
        Responsibility.Platform => "platform",
        _ => throw new ArgumentOutOfRangeException(nameof(responsibility), responsibility, null),
    };
}
