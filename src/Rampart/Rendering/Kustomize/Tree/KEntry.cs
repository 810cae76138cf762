using Rampart.Loading;

namespace Rampart.Rendering.Kustomize.Tree;

/// <summary>One field of a <see cref="KMap"/>: its key as written and its current value.</summary>
internal sealed class KEntry
{
    public KEntry(ScalarNode key, KNode value)
        : this(key, key.KeyText ?? key.Text, value)
    {
    }

    private KEntry(ScalarNode key, string name, KNode value)
    {
        Key = key;
        Name = name;
        Value = value;
    }

    public ScalarNode Key { get; }

    /// <summary>The key as Kubernetes reads it.</summary>
    public string Name { get; }

    public KNode Value { get; set; }

    /// <summary>The same key with another value (a copy of the mapping holds its own entries).</summary>
    public KEntry With(KNode value) => new(Key, Name, value);
}
