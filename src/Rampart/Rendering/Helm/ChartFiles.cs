namespace Rampart.Rendering.Helm;

/// <summary>The files of one chart, by path relative to the chart's root ('/'-separated), with where they came from for messages.</summary>
internal sealed record ChartFiles(string Origin, IReadOnlyDictionary<string, byte[]> Files);
