namespace Rampart.Dependencies.Severity;

/// <summary>The CVSS qualitative severity rating scale (the same for v3.x and v4.0).</summary>
public enum QualitativeRating
{
    None = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}
