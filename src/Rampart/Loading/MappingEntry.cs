namespace Rampart.Loading;

/// <summary>One key/value pair of a mapping. Keys are usually scalars; YAML allows any node.</summary>
public readonly record struct MappingEntry(Node Key, Node Value)
{
    /// <summary>
    /// The key as Kubernetes reads it (see <see cref="ScalarNode.KeyText"/>) when it is a scalar, otherwise null.
    /// </summary>
    public string? KeyText => (Key as ScalarNode)?.KeyText;
}
