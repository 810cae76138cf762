namespace Rampart.Tests.Rendering.Helm;

/// <summary>Corpus cases whose result differs from Go's and Helm's, each with the reason (mirrored in docs/conformance.md).</summary>
internal static class HelmKnownDifferences
{
    public static readonly IReadOnlyDictionary<string, string> Cases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };

    /// <summary>Goldens (by file name) whose rendering differs, with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> Goldens = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}
