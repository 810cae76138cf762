using System.Runtime.CompilerServices;
using System.Text;
using Rampart.Loading;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// The field path (<c>spec.template.spec.containers[1].securityContext</c>) and the key node of every node of
/// one object's tree, built on first use: only objects with findings pay for it.
/// </summary>
internal sealed class NodePathIndex
{
    private readonly Dictionary<Node, (string Path, ScalarNode? Key)> entries = new(ReferenceEqualityComparer.Instance);

    public NodePathIndex(MappingNode root) => Walk(root, "", null, 0);

    public bool TryGet(Node node, out string path, out ScalarNode? key)
    {
        if (entries.TryGetValue(node, out var entry))
        {
            (path, key) = entry;
            return true;
        }

        path = "";
        key = null;
        return false;
    }

    public static string Append(string path, FieldSegment segment)
    {
        var sb = new StringBuilder(path);
        FieldReference.AppendSegment(sb, segment);
        return sb.ToString();
    }

    private void Walk(Node node, string path, ScalarNode? key, int depth)
    {
        if (depth > 512 || !entries.TryAdd(node, (path, key)))
        {
            return;
        }

        switch (node)
        {
            case MappingNode map:
                foreach (var entry in map.Entries)
                {
                    if (entry.KeyText is { } k)
                    {
                        Walk(entry.Value, Append(path, FieldSegment.Field(k)), entry.Key as ScalarNode, depth + 1);
                    }
                }

                break;
            case SequenceNode seq:
                for (var i = 0; i < seq.Count; i++)
                {
                    Walk(seq.Items[i], Append(path, FieldSegment.Item(i)), null, depth + 1);
                }

                break;
        }
    }

    private sealed class ReferenceEqualityComparer : IEqualityComparer<Node>
    {
        public static ReferenceEqualityComparer Instance { get; } = new();

        public bool Equals(Node? x, Node? y) => ReferenceEquals(x, y);

        public int GetHashCode(Node obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
