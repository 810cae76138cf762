namespace Rampart.Dependencies.Severity;

/// <summary>
/// CVSS vector strings read and scored once each: a scan's findings repeat the same few vectors (a database holds a
/// few thousand distinct ones across hundreds of thousands of records), so a finding whose vector was seen before
/// costs a look-up, not a parse and a score. Holds at most 16,384 vectors, then starts afresh. Thread-safe.
/// </summary>
public sealed class CvssScores
{
    private const int MaxScored = 16_384;

    private readonly ParseMemo<CvssScore> scored = new(MaxScored, Score);

    /// <summary>The scores every vulnerability finding shares.</summary>
    public static CvssScores Shared { get; } = new();

    /// <summary>Vector strings parsed by this instance (one seen before parses none).</summary>
    public long Parses => scored.Makes;

    public CvssScore Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return scored.Of(text);
    }

    private static CvssScore Score(string text)
    {
        var (vector, error) = CvssParser.Parse(text);
        return vector is null
            ? new CvssScore(default, 0, text) { Error = error }
            : new CvssScore(vector.Version, vector.Version == CvssVersion.V40 ? Cvss4Score.Score(vector) : Cvss3Score.Base(vector), vector.Text);
    }
}
