using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Rampart.Loading;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// The parent, key and field path (<c>spec.template.spec.containers[1].securityContext</c>) of every node of one
/// object's tree. Built on first use, so only objects with findings pay for it; paths are spelled out only for
/// the nodes a finding names.
/// </summary>
internal sealed class NodePathIndex
{
    private const int MaxDepth = 512;
    private const int MostCounted = 4096;
    private const int MostSpelled = 16_384;
    private const int MostKept = 16 * MostCounted;

    /// <summary>Each thread's buffer for spelling out paths.</summary>
    [ThreadStatic]
    private static StringBuilder? scratch;

    /// <summary>
    /// Each thread's paths spelled so far: objects of one kind have the same paths, and each object spelled its own
    /// copy of them (the scan keeps one copy of each path a finding names anyway).
    /// </summary>
    [ThreadStatic]
    private static Func<ReadOnlySpan<char>, string>? spelled;

    /// <summary>Each thread's stack for walking a tree, kept from one object to the next.</summary>
    [ThreadStatic]
    private static Stack<(Node Node, int Depth)>? walk;

    /// <summary>
    /// Each thread's link table, lent to the index of the object the thread is locating findings on: a new table per
    /// object with findings came to about 15 MB on a scan of 2,000 overlays.
    /// </summary>
    [ThreadStatic]
    private static LinkTable? lent;

    private readonly MappingNode root;
    private LinkTable table;

    public NodePathIndex(MappingNode root)
    {
        this.root = root;
        var links = lent ??= new LinkTable();
        links.Owner = this;
        links.Links.Clear();
        LinkAll(root, links.Links);
        table = links;

        // A table grown by a huge object is not kept for the next one.
        if (links.Links.Count > MostKept)
        {
            lent = null;
        }
    }

    /// <summary>
    /// The links of this index's object: the thread's table while no later index on the thread has taken it, else a
    /// table of its own, built again.
    /// </summary>
    private Dictionary<Node, Link> Links
    {
        get
        {
            if (!ReferenceEquals(table.Owner, this))
            {
                // Sized once for the object's nodes rather than grown through every size on the way.
                var own = new LinkTable(Count(root, walk ??= new Stack<(Node Node, int Depth)>())) { Owner = this };
                LinkAll(root, own.Links);
                table = own;
            }

            return table.Links;
        }
    }

    /// <summary>Links every node under <paramref name="root"/> to its parent, the first time it is met.</summary>
    private static void LinkAll(MappingNode root, Dictionary<Node, Link> links)
    {
        var pending = walk ??= new Stack<(Node Node, int Depth)>();
        pending.Clear();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > MaxDepth)
            {
                continue;
            }

            switch (node)
            {
                case MappingNode map:
                    var entries = map.Entries;
                    for (var i = 0; i < entries.Count; i++)
                    {
                        var entry = entries[i];
                        if (entry.KeyText is { } k && links.TryAdd(entry.Value, new Link(node, FieldSegment.Field(k), entry.Key as ScalarNode)))
                        {
                            pending.Push((entry.Value, depth + 1));
                        }
                    }

                    break;
                case SequenceNode seq:
                    for (var i = 0; i < seq.Count; i++)
                    {
                        if (links.TryAdd(seq.Items[i], new Link(node, FieldSegment.Item(i), null)))
                        {
                            pending.Push((seq.Items[i], depth + 1));
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The path of <paramref name="node"/> and the key that names it in its mapping (null for list items and the root).</summary>
    public bool TryGet(Node node, out string path, out ScalarNode? key)
    {
        if (ReferenceEquals(node, root))
        {
            path = "";
            key = null;
            return true;
        }

        if (!Links.TryGetValue(node, out var link))
        {
            path = "";
            key = null;
            return false;
        }

        key = link.Key;
        path = PathOf(node);
        return true;
    }

    public static string Append(string path, FieldSegment segment)
    {
        var text = (scratch ??= new StringBuilder(128)).Clear().Append(path);
        FieldReference.AppendSegment(text, segment);
        return TextPool.Of(text, spelled ??= new TextPool(MostSpelled).Of);
    }

    /// <summary>
    /// The nodes under <paramref name="node"/> the index links, counted up to <see cref="MostCounted"/> (a node that aliases
    /// share is counted once per path to it, so the count is only a size to start from).
    /// </summary>
    private static int Count(Node node, Stack<(Node Node, int Depth)> pending)
    {
        var count = 0;
        pending.Push((node, 0));
        while (pending.Count > 0 && count < MostCounted)
        {
            var (current, depth) = pending.Pop();
            if (depth >= MaxDepth)
            {
                continue;
            }

            if (current is MappingNode map)
            {
                var entries = map.Entries;
                for (var i = 0; i < entries.Count; i++)
                {
                    if (entries[i].KeyText is not null)
                    {
                        count++;
                        pending.Push((entries[i].Value, depth + 1));
                    }
                }
            }
            else if (current is SequenceNode seq)
            {
                for (var i = 0; i < seq.Count; i++)
                {
                    count++;
                    pending.Push((seq.Items[i], depth + 1));
                }
            }
        }

        return Math.Min(count, MostCounted);
    }

    /// <summary>The path of a node the index links, spelled once and kept with its link.</summary>
    private string PathOf(Node node)
    {
        var links = Links;
        ref var link = ref CollectionsMarshal.GetValueRefOrNullRef(links, node);
        if (link.Path is { } known)
        {
            return known;
        }

        // No node is added once the index is built, so the reference stays good while the parent's path is spelled.
        var parent = ReferenceEquals(link.Parent, root) || !links.ContainsKey(link.Parent) ? "" : PathOf(link.Parent);
        return link.Path = Append(parent, link.Segment);
    }

    /// <summary>The links of one object's nodes, and the index that uses them.</summary>
    private sealed class LinkTable(int capacity = 0)
    {
        public Dictionary<Node, Link> Links { get; } = new(capacity, ReferenceComparer.Instance);

        public NodePathIndex? Owner { get; set; }
    }

    /// <summary>A node's parent, the segment that leads to it and its key; its path once a finding has named it.</summary>
    private struct Link(Node parent, FieldSegment segment, ScalarNode? key)
    {
        public Node Parent { get; } = parent;
        public FieldSegment Segment { get; } = segment;
        public ScalarNode? Key { get; } = key;
        public string? Path { get; set; }
    }

    private sealed class ReferenceComparer : IEqualityComparer<Node>
    {
        public static ReferenceComparer Instance { get; } = new();

        public bool Equals(Node? x, Node? y) => ReferenceEquals(x, y);

        public int GetHashCode(Node obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
