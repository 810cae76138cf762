using Rampart.Findings;

namespace Rampart.Server.Admission;

/// <summary>The answer to one review: what the response says, and what the metrics and the log record.</summary>
internal sealed record AdmissionDecision(bool Allowed, AdmissionOutcome Outcome)
{
    /// <summary><c>status.message</c> of a denial: each denying policy with its findings and remediation.</summary>
    public string? Message { get; init; }

    /// <summary><c>warnings</c>, each at most <see cref="WarningText.MaxLength"/> characters.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary><c>auditAnnotations</c> (the API server prefixes each key with the webhook's name).</summary>
    public IReadOnlyDictionary<string, string> AuditAnnotations { get; init; } = new Dictionary<string, string>();

    /// <summary>The violated policies and their actions.</summary>
    public IReadOnlyList<PolicyVerdict> Verdicts { get; init; } = [];

    /// <summary>The policies that failed to evaluate (or were cut off by the time budget).</summary>
    public IReadOnlyList<string> FailedPolicies { get; init; } = [];

    /// <summary>The findings the answer was made of (after rules and waivers), for a recorder.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    public static AdmissionDecision Allow(AdmissionOutcome outcome) => new(true, outcome);
}
