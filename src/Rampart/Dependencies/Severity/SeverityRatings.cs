using FindingSeverity = Rampart.Findings.Severity;

namespace Rampart.Dependencies.Severity;

/// <summary>
/// The CVSS qualitative scale (0.0 None, 0.1–3.9 Low, 4.0–6.9 Medium, 7.0–8.9 High, 9.0–10.0 Critical), the
/// severity words advisory databases write, and Rampart's finding severities for both.
/// </summary>
public static class SeverityRatings
{
    public static QualitativeRating FromScore(double score) => score switch
    {
        <= 0 => QualitativeRating.None,
        < 4.0 => QualitativeRating.Low,
        < 7.0 => QualitativeRating.Medium,
        < 9.0 => QualitativeRating.High,
        _ => QualitativeRating.Critical,
    };

    /// <summary>A finding's severity: None becomes <see cref="FindingSeverity.Info"/>, the others keep their name.</summary>
    public static FindingSeverity ToFinding(QualitativeRating rating) => rating switch
    {
        QualitativeRating.Critical => FindingSeverity.Critical,
        QualitativeRating.High => FindingSeverity.High,
        QualitativeRating.Medium => FindingSeverity.Medium,
        QualitativeRating.Low => FindingSeverity.Low,
        _ => FindingSeverity.Info,
    };

    /// <summary>
    /// A database's own severity word, case-insensitively: GitHub's <c>LOW</c>, <c>MODERATE</c>, <c>HIGH</c>,
    /// <c>CRITICAL</c>, and the <c>medium</c>, <c>important</c>, <c>negligible</c>, <c>unimportant</c> and
    /// <c>none</c> of other databases. Null for a word not on the list.
    /// </summary>
    public static QualitativeRating? FromDatabaseWord(string? word) => word?.Trim().ToUpperInvariant() switch
    {
        "CRITICAL" => QualitativeRating.Critical,
        "HIGH" or "IMPORTANT" => QualitativeRating.High,
        "MODERATE" or "MEDIUM" => QualitativeRating.Medium,
        "LOW" => QualitativeRating.Low,
        "NONE" or "NEGLIGIBLE" or "UNIMPORTANT" => QualitativeRating.None,
        _ => null,
    };
}
