using Rampart.Findings;

namespace Rampart.Server.Recording;

/// <summary>
/// One admission decision with findings: when, the decision (<c>denied</c>, <c>warned</c>, or <c>allowed</c> with
/// findings of audited policies), the operation, the object's namespace and description, the user, and the findings
/// (after rules and waivers, as the answer used them).
/// </summary>
public sealed record AdmissionRecord(
    DateTimeOffset At,
    string Decision,
    string Operation,
    string? Namespace,
    string Subject,
    string User,
    IReadOnlyList<Finding> Findings);
