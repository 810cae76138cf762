namespace Rampart.Rendering.Charts;

/// <summary>One version of a chart in a Helm repository's <c>index.yaml</c>: where to fetch it and its sha256 digest when given.</summary>
internal sealed record ChartIndexEntry(string Version, IReadOnlyList<string> Urls, string? Digest);
