using Rampart.Rendering;
using Rampart.Loading;
using Rampart.Rendering.Kustomize;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Tests.Rendering.Kustomize;

/// <summary>
/// Compares rendered objects with the documents of <c>kubectl kustomize</c>'s output as YAML data: same documents
/// in the same order, mappings with the same keys (in any order), sequences item by item, scalars by resolved value.
/// </summary>
internal static class RenderedComparison
{
    /// <summary>The first difference, or null when the two are equal.</summary>
    public static string? Difference(IReadOnlyList<RenderedObject> actual, string expectedYaml)
    {
        var expected = new YamlLoader().Load("expected.yaml", expectedYaml).Where(d => d.Root is not null and not ScalarNode { Kind: ScalarKind.Null }).Select(d => d.Root!).ToList();
        if (actual.Count != expected.Count)
        {
            return $"{actual.Count} objects rendered, {expected.Count} expected ({string.Join(", ", actual.Select(a => a.Resource))})";
        }

        for (var i = 0; i < actual.Count; i++)
        {
            if (Difference(actual[i].Root, expected[i], "") is { } difference)
            {
                return $"object {i} ({actual[i].Resource}): {difference}";
            }
        }

        return null;
    }

    public static string? Difference(Node actual, Node expected, string path)
    {
        switch (actual, expected)
        {
            case (MappingNode a, MappingNode e):
                foreach (var entry in e.Entries)
                {
                    var key = entry.KeyText ?? "";
                    if (!a.TryGetValue(key, out var value))
                    {
                        return $"{path}.{key} missing";
                    }

                    if (Difference(value, entry.Value, path + "." + key) is { } inner)
                    {
                        return inner;
                    }
                }

                return a.Entries.FirstOrDefault(x => !e.TryGetValue(x.KeyText ?? "", out _)) is { Key: not null } extra
                    ? $"{path}.{extra.KeyText} not expected"
                    : null;
            case (SequenceNode a, SequenceNode e):
                if (a.Count != e.Count)
                {
                    return $"{path}: {a.Count} items, {e.Count} expected";
                }

                for (var i = 0; i < a.Count; i++)
                {
                    if (Difference(a[i], e[i], $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case (ScalarNode a, ScalarNode e):
                return TreeEquality.SameScalar(a, e) ? null : $"{path}: '{a.Text}' ({a.Kind}), expected '{e.Text}' ({e.Kind})";
            default:
                return $"{path}: {actual.GetType().Name}, expected {expected.GetType().Name}";
        }
    }
}
