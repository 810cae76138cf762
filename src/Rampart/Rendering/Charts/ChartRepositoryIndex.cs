using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Rendering.Charts;

/// <summary>Reads the versions of one chart out of a Helm repository's <c>index.yaml</c> (<c>entries.CHART[]</c>).</summary>
internal static class ChartRepositoryIndex
{
    /// <summary>The versions listed for <paramref name="chart"/>, or null with the reason the index cannot be read.</summary>
    public static IReadOnlyList<ChartIndexEntry>? Read(string text, string chart, out string? error)
    {
        var document = new YamlLoader().Load("index.yaml", text).FirstOrDefault();
        var broken = document?.Problems.FirstOrDefault(p => p.Severity >= Severity.High);
        if (document is null || broken is not null || document.Root is not MappingNode root)
        {
            error = broken is not null
                ? $"index.yaml is not valid YAML (line {broken.Location.Line}: {broken.Message})"
                : "index.yaml is not a Helm repository index";
            return null;
        }

        if (root["entries"] is not MappingNode entries)
        {
            error = "index.yaml has no entries: it is not a Helm repository index";
            return null;
        }

        error = null;
        if (entries[chart] is not SequenceNode versions)
        {
            return [];
        }

        var result = new List<ChartIndexEntry>();
        foreach (var item in versions.Items.OfType<MappingNode>())
        {
            if (item["version"] is ScalarNode { Text.Length: > 0 } version && item["urls"] is SequenceNode urls)
            {
                var list = urls.Items.OfType<ScalarNode>().Select(u => u.Text).Where(u => u.Length > 0).ToList();
                var digest = item["digest"] is ScalarNode { Text.Length: > 0 } d ? d.Text : null;
                result.Add(new ChartIndexEntry(version.Text, list, digest));
            }
        }

        return result;
    }
}
