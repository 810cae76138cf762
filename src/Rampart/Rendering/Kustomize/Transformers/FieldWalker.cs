using Rampart.Rendering.Kustomize.Config;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Transformers;

/// <summary>
/// Finds the fields a <see cref="FieldSpec"/> names in a resource and lets a transformer change them. Sequences met
/// on the way are entered item by item; missing mappings are created only when the spec says so.
/// </summary>
internal static class FieldWalker
{
    /// <summary>
    /// Calls <paramref name="update"/> with each field's value (null when missing and the spec creates it) and
    /// stores what it returns (null: leave the field as it is).
    /// </summary>
    public static void Apply(Resource resource, FieldSpec spec, KNode createdAt, Func<KNode?, KNode?> update)
    {
        if (resource.Gvk.IsSelectedBy(spec.Type))
        {
            Apply(resource.Root, spec.Path, 0, spec.Create, createdAt, update, spec.Sequences);
        }
    }

    /// <summary>
    /// Walks <paramref name="path"/> from segment <paramref name="at"/>; the segments listed in
    /// <paramref name="sequences"/> are sequences, never created when missing.
    /// </summary>
    public static void Apply(KNode node, IReadOnlyList<string> path, int at, bool create, KNode createdAt, Func<KNode?, KNode?> update, IReadOnlyList<int>? sequences = null) =>
        Apply(node, path, at, create, createdAt, update, static (value, update) => update(value), sequences);

    /// <summary>
    /// As the walk above, with <paramref name="state"/> handed to <paramref name="update"/>: a transformer that walks
    /// for every resource and field spec passes what it needs without a closure per walk.
    /// </summary>
    public static void Apply<TState>(KNode node, IReadOnlyList<string> path, int at, bool create, KNode createdAt, TState state, Func<KNode?, TState, KNode?> update, IReadOnlyList<int>? sequences = null)
    {
        if (node is KSequence sequence)
        {
            for (var i = 0; i < sequence.Count; i++)
            {
                Apply(sequence.Items[i], path, at, create, createdAt, state, update, sequences);
            }

            return;
        }

        if (node is not KMap map)
        {
            return;
        }

        var name = path[at];
        var entry = map.Entry(name);
        if (at == path.Count - 1)
        {
            var current = entry?.Value;
            if (current is null && !create)
            {
                return;
            }

            if (update(current, state) is { } replaced && !ReferenceEquals(replaced, current))
            {
                if (entry is not null)
                {
                    entry.Value = replaced;
                }
                else
                {
                    map.Add(new KEntry(Scalars.Key(name, createdAt), replaced));
                }
            }

            return;
        }

        var child = entry?.Value;
        if (child is null || child.IsNull)
        {
            if (!create || sequences?.Contains(at) == true)
            {
                return;
            }

            child = Scalars.EmptyMap(createdAt);
            if (entry is not null)
            {
                entry.Value = child;
            }
            else
            {
                map.Add(new KEntry(Scalars.Key(name, createdAt), child));
            }
        }

        Apply(child, path, at + 1, create, createdAt, state, update, sequences);
    }

    /// <summary>Visits every value a path names, without creating anything.</summary>
    public static void Visit(KNode node, IReadOnlyList<string> path, Action<KNode, KMap, string> visit, int at = 0)
    {
        if (node is KSequence sequence)
        {
            foreach (var item in sequence.Items)
            {
                Visit(item, path, visit, at);
            }

            return;
        }

        if (node is not KMap map || map[path[at]] is not { } child)
        {
            return;
        }

        if (at == path.Count - 1)
        {
            visit(child, map, path[at]);
            return;
        }

        Visit(child, path, visit, at + 1);
    }
}
