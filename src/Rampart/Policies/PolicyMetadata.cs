using Rampart.Findings;

namespace Rampart.Policies;

/// <summary>
/// What Rampart knows about a policy beyond its ValidatingAdmissionPolicy spec. It is read from the
/// <c>rampart.dev/*</c> annotations of the policy object, so the file stays a valid ValidatingAdmissionPolicy.
/// </summary>
public sealed record PolicyMetadata
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required Severity Severity { get; init; }
    public required Category Category { get; init; }
    public required Responsibility Responsibility { get; init; }
    public string? Description { get; init; }
    public string? Remediation { get; init; }

    /// <summary>Other tools' identifiers for the same check (Trivy, Polaris, kube-score, kube-linter, PSS).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? HelpUri { get; init; }

    public RuleDescriptor ToRuleDescriptor() => new()
    {
        Id = Id,
        Title = Title,
        Category = Category,
        Severity = Severity,
        Responsibility = Responsibility,
        Description = Description,
        Remediation = Remediation,
        Aliases = Aliases,
        HelpUri = HelpUri,
    };
}
