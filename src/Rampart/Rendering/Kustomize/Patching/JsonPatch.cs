using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Patching;

/// <summary>
/// RFC 6902 JSON patches (<c>add</c>, <c>remove</c>, <c>replace</c>, <c>move</c>, <c>copy</c>, <c>test</c>) on a
/// working tree. A value the patch adds keeps the patch file's line. Errors are returned, not thrown.
/// </summary>
internal static class JsonPatch
{
    /// <summary>Applies the operations in order; the error of the first that fails, or null.</summary>
    public static (KMap? Result, string? Error, KNode? At) Apply(KMap document, KSequence operations)
    {
        KNode root = document;
        foreach (var item in operations.Items)
        {
            if (item is not KMap operation || operation.Text("op") is not { } op || operation.Text("path") is not { } path)
            {
                return (null, "a JSON patch operation needs 'op' and 'path'", item);
            }

            var error = op switch
            {
                "add" => operation["value"] is { } value ? Add(ref root, path, value.DeepCopy()) : "add needs a value",
                "remove" => Remove(ref root, path, out _),
                "replace" => operation["value"] is { } value ? Replace(ref root, path, value.DeepCopy()) : "replace needs a value",
                "move" => operation.Text("from") is { } from ? Move(ref root, from, path) : "move needs 'from'",
                "copy" => operation.Text("from") is { } source ? Copy(ref root, source, path) : "copy needs 'from'",
                "test" => Test(root, path, operation["value"]),
                _ => $"unknown JSON patch operation '{op}'",
            };
            if (error is not null)
            {
                return (null, $"{op} {path}: {error}", item);
            }
        }

        return (root as KMap, root is KMap ? null : "the patch replaced the object with something that is not a mapping", operations);
    }

    private static List<string>? Parse(string path)
    {
        if (path.Length == 0)
        {
            return [];
        }

        if (!path.StartsWith('/'))
        {
            return null;
        }

        return [.. path[1..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))];
    }

    private static KNode? Find(KNode root, List<string> segments, int count)
    {
        var node = root;
        for (var i = 0; i < count; i++)
        {
            node = node switch
            {
                KMap map => map[segments[i]],
                KSequence sequence when int.TryParse(segments[i], out var index) && index >= 0 && index < sequence.Count => sequence.Items[index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    private static string? Add(ref KNode root, string path, KNode value)
    {
        if (Parse(path) is not { } segments)
        {
            return "invalid path";
        }

        if (segments.Count == 0)
        {
            root = value;
            return null;
        }

        var last = segments[^1];
        switch (Find(root, segments, segments.Count - 1))
        {
            case KMap map:
                map.Set(last, value);
                return null;
            case KSequence sequence:
                if (last == "-")
                {
                    sequence.Items.Add(value);
                    return null;
                }

                if (!int.TryParse(last, out var index) || index < 0 || index > sequence.Count)
                {
                    return "index out of range";
                }

                sequence.Items.Insert(index, value);
                return null;
            default:
                return "the parent of the path does not exist";
        }
    }

    private static string? Remove(ref KNode root, string path, out KNode? removed)
    {
        removed = null;
        if (Parse(path) is not { Count: > 0 } segments)
        {
            return "invalid path";
        }

        var last = segments[^1];
        switch (Find(root, segments, segments.Count - 1))
        {
            case KMap map when map[last] is { } value:
                removed = value;
                map.Remove(last);
                return null;
            case KSequence sequence when int.TryParse(last, out var index) && index >= 0 && index < sequence.Count:
                removed = sequence.Items[index];
                sequence.Items.RemoveAt(index);
                return null;
            default:
                return "the path does not exist";
        }
    }

    private static string? Replace(ref KNode root, string path, KNode value)
    {
        if (Parse(path) is not { } segments)
        {
            return "invalid path";
        }

        if (segments.Count == 0)
        {
            root = value;
            return null;
        }

        var last = segments[^1];
        switch (Find(root, segments, segments.Count - 1))
        {
            case KMap map when map.Entry(last) is { } entry:
                entry.Value = value;
                return null;
            case KSequence sequence when int.TryParse(last, out var index) && index >= 0 && index < sequence.Count:
                sequence.Items[index] = value;
                return null;
            default:
                return "the path does not exist";
        }
    }

    private static string? Move(ref KNode root, string from, string path) =>
        Remove(ref root, from, out var value) ?? Add(ref root, path, value!);

    private static string? Copy(ref KNode root, string from, string path) =>
        Parse(from) is { } segments && Find(root, segments, segments.Count) is { } value ? Add(ref root, path, value.DeepCopy()) : "'from' does not exist";

    private static string? Test(KNode root, string path, KNode? expected)
    {
        if (Parse(path) is not { } segments || Find(root, segments, segments.Count) is not { } actual)
        {
            return "the path does not exist";
        }

        return expected is not null && TreeEquality.Equal(actual, expected) ? null : "test failed: the value differs";
    }
}
