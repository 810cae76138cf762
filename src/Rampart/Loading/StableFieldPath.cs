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
    /// <summary>Rewrites numeric list indexes as <c>[name=…]</c> where the item in <paramref name="root"/> has a name.</summary>
    public static string Of(string fieldPath, Node? root)
    {
        if (root is null || !fieldPath.Contains('[', StringComparison.Ordinal))
        {
            return fieldPath;
        }

        var result = new StringBuilder(fieldPath.Length + 16);
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
                    current = current is MappingNode map ? map[inside.ToString()] : null;
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

            var key = fieldPath[i..end];
            current = current is MappingNode m ? m[key] : null;
            result.Append(key);
            i = end;
        }

        return result.ToString();
    }
}
