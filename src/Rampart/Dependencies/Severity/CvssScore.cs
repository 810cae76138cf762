namespace Rampart.Dependencies.Severity;

/// <summary>What a CVSS vector string scores: its version, base score and normalized text, or why it cannot be read.</summary>
public sealed record CvssScore(CvssVersion Version, double Score, string Text)
{
    /// <summary>The problem with the vector string when it cannot be read (then the other values mean nothing).</summary>
    public string? Error { get; init; }
}
