using Rampart.Loading;

namespace Rampart.Rendering.Kustomize.Tree;

/// <summary>One field of a <see cref="KMap"/>: its key as written and its current value.</summary>
internal sealed class KEntry(ScalarNode key, KNode value)
{
    public ScalarNode Key { get; } = key;

    /// <summary>The key as Kubernetes reads it.</summary>
    public string Name { get; } = key.KeyText ?? key.Text;

    public KNode Value { get; set; } = value;
}
