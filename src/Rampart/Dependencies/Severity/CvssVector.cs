namespace Rampart.Dependencies.Severity;

/// <summary>
/// A valid CVSS vector string: its version and its metrics (abbreviation to value, as written, e.g. <c>AV</c> to
/// <c>N</c>). Every mandatory base metric is present and every metric and value is one the version defines.
/// </summary>
public sealed record CvssVector(CvssVersion Version, IReadOnlyDictionary<string, string> Metrics, string Text)
{
    /// <summary>The value of a metric, or null when the vector does not give it.</summary>
    public string? this[string metric] => Metrics.TryGetValue(metric, out var value) ? value : null;
}
