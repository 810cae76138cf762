using Rampart.Loading;

namespace Rampart.Kubernetes;

/// <summary>The labels of a Kubernetes object as written: <c>metadata.labels</c> entries whose value is not null.</summary>
public static class ObjectLabels
{
    public static IReadOnlyDictionary<string, string> Of(MappingNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root["metadata"] is MappingNode { } metadata && metadata["labels"] is MappingNode map)
        {
            foreach (var entry in map.Entries)
            {
                if (entry.KeyText is { } key && entry.Value is ScalarNode { Kind: not ScalarKind.Null } value)
                {
                    labels[key] = value.Text;
                }
            }
        }

        return labels;
    }
}
