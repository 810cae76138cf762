using System.Text;
namespace Rampart.Loading;

/// <summary>
/// The stable form of a field path in kubectl form (<c>spec.containers[0].ports[1].containerPort</c>,
/// <c>metadata.labels[app.kubernetes.io/name]</c>), in which list items that are mappings with a <c>name</c> are
/// named (<c>spec.containers[name=web].ports[1].containerPort</c>), so inserting a container before another does
/// not change what a path means. Fingerprints are computed from it (see <c>Finding.StableFieldPath</c>).
/// </summary>
public static class StableFieldPath
{
    [ThreadStatic]
    private static StringBuilder? buffer;

    /// <summary>Rewrites numeric list indexes as <c>[name=…]</c> where the item in <paramref name="root"/> has a name.</summary>
    public static string Of(string fieldPath, Node? root) => Of(fieldPath, root, static text => text.ToString());

    /// <summary>
    /// As <see cref="Of(string, Node?)"/>, the rewritten path made a string by <paramref name="share"/> (which may
    /// return a copy it already holds instead of a new one): most findings of a large scan name a path met before.
    /// </summary>
    public static string Of(string fieldPath, Node? root, Func<ReadOnlySpan<char>, string> share)
    {
        if (root is null || !fieldPath.Contains('[', StringComparison.Ordinal))
        {
            return fieldPath;
        }

        // Every finding on an object comes through here: the path is spelled in one buffer per thread, and keys are
        // looked up as spans of the path rather than cut into strings.
        var result = (buffer ??= new StringBuilder(256)).Clear();
        Node? current = root;
        var i = 0;
        while (i < fieldPath.Length)
        {
            var c = fieldPath[i];
            if (c == '[')
            {
                var close = fieldPath.IndexOf(']', i + 1);
                if (close < 0)
                {
                    result.Append(fieldPath, i, fieldPath.Length - i);
                    break;
                }

                var inside = fieldPath.AsSpan(i + 1, close - i - 1);
                if (current is SequenceNode seq && int.TryParse(inside, out var index) && index >= 0 && index < seq.Count)
                {
                    current = seq[index];
                    if (current is MappingNode item && item["name"] is ScalarNode { Text: var name })
                    {
                        result.Append("[name=").Append(name).Append(']');
                    }
                    else
                    {
                        result.Append('[').Append(inside).Append(']');
                    }
                }
                else
                {
                    current = Child(current, inside);
                    result.Append('[').Append(inside).Append(']');
                }

                i = close + 1;
                continue;
            }

            if (c == '.')
            {
                result.Append('.');
                i++;
                continue;
            }

            var end = i;
            while (end < fieldPath.Length && fieldPath[end] != '.' && fieldPath[end] != '[')
            {
                end++;
            }

            var key = fieldPath.AsSpan(i, end - i);
            current = Child(current, key);
            result.Append(key);
            i = end;
        }

        var text = TextPool.Of(result, share);

        if (result.Capacity > 4096)
        {
            buffer = null;
        }

        return text;
    }

    /// <summary>The value under <paramref name="key"/> when <paramref name="node"/> is a mapping that has it.</summary>
    private static Node? Child(Node? node, ReadOnlySpan<char> key) =>
        node is MappingNode map && map.TryGetEntry(key, out var entry) ? entry.Value : null;
}
