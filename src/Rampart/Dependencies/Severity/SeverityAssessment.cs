using FindingSeverity = Rampart.Findings.Severity;

namespace Rampart.Dependencies.Severity;

/// <summary>
/// How bad a vulnerability is and where that came from: a CVSS score computed from <see cref="Vector"/>,
/// or the database's own severity word (<see cref="Score"/> and <see cref="Vector"/> null). <see cref="Rating"/> is
/// null when neither is known. <see cref="Problems"/> lists the malformed vectors of the records.
/// </summary>
public sealed record SeverityAssessment(QualitativeRating? Rating, double? Score, string? Vector, IReadOnlyList<string> Problems)
{
    /// <summary>The finding severity of <see cref="Rating"/>, or null when the severity is unknown.</summary>
    public FindingSeverity? Finding => Rating is { } rating ? SeverityRatings.ToFinding(rating) : null;
}
