using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Transformers;

/// <summary>
/// Field paths as replacements and vars write them: fields joined by dots, <c>[name=web]</c> for the item of a
/// list whose field has a value, a number for an index, <c>*</c> for every field or item, and <c>[a.b/c]</c> for a
/// key holding dots.
/// </summary>
internal static class FieldPath
{
    public static List<string> Parse(string path)
    {
        var segments = new List<string>();
        var start = 0;
        var depth = 0;
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '[')
            {
                depth++;
            }
            else if (path[i] == ']')
            {
                depth--;
            }
            else if (path[i] == '.' && depth == 0)
            {
                segments.Add(path[start..i]);
                start = i + 1;
            }
        }

        segments.Add(path[start..]);
        var result = new List<string>();
        foreach (var segment in segments)
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            if (bracket > 0 && segment.EndsWith(']'))
            {
                // ports[0], containers[name=web]: a field, then an item of it.
                result.Add(segment[..bracket]);
                var inner = segment[(bracket + 1)..^1];
                result.Add(inner.Contains('=', StringComparison.Ordinal) ? "[" + inner + "]" : inner);
                continue;
            }

            result.Add(segment.StartsWith('[') && segment.EndsWith(']') && !segment.Contains('=', StringComparison.Ordinal) ? segment[1..^1] : segment);
        }

        return result;
    }

    /// <summary>Every node the path names (none when a part is missing).</summary>
    public static List<KNode> Find(KNode root, IReadOnlyList<string> path)
    {
        var found = new List<KNode>();
        Walk(root, path, 0, create: false, null, (parent, key, node) =>
        {
            if (node is not null)
            {
                found.Add(node);
            }
        });
        return found;
    }

    /// <summary>
    /// Calls <paramref name="visit"/> for each place the path names with its parent, key and current value (null
    /// when missing); with <paramref name="create"/>, missing mappings on the way are made at <paramref name="at"/>.
    /// </summary>
    public static void Walk(KNode node, IReadOnlyList<string> path, int index, bool create, KNode? at, Action<KNode, string, KNode?> visit)
    {
        var segment = path[index];
        var last = index == path.Count - 1;
        if (node is KSequence sequence)
        {
            var items = new List<KNode>();
            if (segment == "*")
            {
                items.AddRange(sequence.Items);
            }
            else if (segment.StartsWith('[') && segment.EndsWith(']') && segment.IndexOf('=', StringComparison.Ordinal) is var equals and > 0)
            {
                var field = segment[1..equals];
                var value = segment[(equals + 1)..^1];
                items.AddRange(sequence.Items.Where(item => item is KMap map && Scalars.TextOf(map[field]) == value));
            }
            else if (int.TryParse(segment, out var position) && position >= 0 && position < sequence.Count)
            {
                if (last)
                {
                    visit(sequence, segment, sequence.Items[position]);
                    return;
                }

                items.Add(sequence.Items[position]);
            }

            foreach (var item in items)
            {
                if (last)
                {
                    visit(sequence, segment, item);
                }
                else
                {
                    Walk(item, path, index + 1, create, at, visit);
                }
            }

            return;
        }

        if (node is not KMap map)
        {
            return;
        }

        if (segment == "*")
        {
            foreach (var entry in map.Entries.ToList())
            {
                if (last)
                {
                    visit(map, entry.Name, entry.Value);
                }
                else
                {
                    Walk(entry.Value, path, index + 1, create, at, visit);
                }
            }

            return;
        }

        var child = map[segment];
        if (last)
        {
            visit(map, segment, child);
            return;
        }

        if (child is null || child.IsNull)
        {
            if (!create || at is null)
            {
                return;
            }

            child = Scalars.EmptyMap(at);
            map.Set(segment, child);
        }

        Walk(child, path, index + 1, create, at, visit);
    }

    /// <summary>Stores <paramref name="value"/> at the place <see cref="Walk"/> visited.</summary>
    public static void Set(KNode parent, string key, KNode? old, KNode value)
    {
        switch (parent)
        {
            case KMap map:
                map.Set(key, value);
                break;
            case KSequence sequence when old is not null && sequence.Items.IndexOf(old) is var at and >= 0:
                sequence.Items[at] = value;
                break;
        }
    }
}
