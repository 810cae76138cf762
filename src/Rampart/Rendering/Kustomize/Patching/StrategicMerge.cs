using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Patching;

/// <summary>
/// A strategic merge patch as Kustomize applies it: mappings merge field by field, <c>null</c> deletes a field,
/// lists merge by the key Kubernetes declares for them (or, in a kind with a schema, by a key their items share, as
/// Kustomize infers: <c>name</c>, <c>mountPath</c>, <c>containerPort</c>…) and are replaced otherwise (lists of kinds
/// without a schema always are); the
/// directive <c>$patch: delete|replace|merge</c> is honoured. As in Kustomize, <c>$retainKeys</c>,
/// <c>$setElementOrder/…</c> and <c>$deleteFromPrimitiveList/…</c> are not directives but fields, merged as written.
/// Values the patch brings keep the patch file's lines.
/// </summary>
internal static class StrategicMerge
{
    private static readonly string[] AssociativeKeys = ["mountPath", "devicePath", "ip", "type", "topologyKey", "name", "containerPort"];

    /// <summary>Whether the patch asks to delete the object it targets (<c>$patch: delete</c> at its top).</summary>
    public static bool DeletesObject(KMap patch) => patch.Text("$patch") == "delete";

    /// <summary>Merges <paramref name="patch"/> into <paramref name="target"/> (changed in place) for an object of <paramref name="type"/>.</summary>
    /// <param name="inferKeys">
    /// Merge lists of kinds without a schema by an inferred key too: a kustomization gave a custom schema
    /// (<c>openapi: path</c>), whose merge keys are not read, and inferring them comes closest.
    /// </param>
    public static KMap Apply(KMap target, KMap patch, string? type, bool inferKeys = false)
    {
        if (patch.Text("$patch") == "replace")
        {
            return Clean(patch) as KMap ?? target;
        }

        MergeMap(target, patch, type, known: type is not null || inferKeys);
        return target;
    }

    /// <summary>Merges a mapping; <paramref name="known"/>: the object's kind has a schema (lists of unknown kinds are replaced).</summary>
    private static void MergeMap(KMap target, KMap patch, string? type, bool known)
    {
        var schema = PatchSchema.Instance;
        foreach (var entry in patch.Entries)
        {
            var name = entry.Name;
            if (name == "$patch")
            {
                continue;
            }

            var info = schema.Field(type, name);
            var value = entry.Value;
            var existing = target.Entry(name);
            if (value.IsNull)
            {
                target.Remove(name);
                continue;
            }

            if (value is KMap { } directive && directive.Text("$patch") == "delete")
            {
                target.Remove(name);
                continue;
            }

            if (existing is null || existing.Value.IsNull)
            {
                if (Clean(value) is { } cleaned)
                {
                    target.Set(entry.Key, cleaned);
                }

                continue;
            }

            switch (existing.Value, value)
            {
                case (KMap into, KMap from):
                    if (from.Text("$patch") == "replace")
                    {
                        existing.Value = Clean(from)!;
                    }
                    else
                    {
                        MergeMap(into, from, info?.Type ?? info?.MapValueType, known);
                    }

                    break;
                case (KSequence into, KSequence from):
                    existing.Value = MergeList(into, from, info, known);
                    break;
                default:
                    existing.Value = Clean(value)!;
                    break;
            }
        }
    }

    private static KSequence MergeList(KSequence target, KSequence patch, FieldPatch? info, bool known)
    {
        // An item that is only `$patch: replace` replaces the whole list with the patch's other items.
        if (patch.Items.Any(IsReplaceDirective))
        {
            var replaced = new KSequence(patch.Start, patch.End, patch.Origin, patch.Tag);
            replaced.Items.AddRange(patch.Items.Where(item => !IsReplaceDirective(item)).Select(Clean).OfType<KNode>());
            return replaced;
        }

        var key = info?.MergeKey;
        var merges = info?.Merges == true;
        if (key is null && info?.Type is null && !merges && known)
        {
            key = InferKey(target, patch);
        }

        if (key is null)
        {
            if (merges && patch.Items.All(i => i is KScalar) && target.Items.All(i => i is KScalar))
            {
                var present = target.Items.Select(Scalars.TextOf).ToHashSet();
                target.Items.AddRange(patch.Items.Where(item => present.Add(Scalars.TextOf(item))));
                return target;
            }

            return (KSequence)Clean(patch)!;
        }

        // Kustomize merges with the list growing at the front: the patch's items come first, in the patch's order
        // (merged into their match when there is one), then the items only the target has, in the target's order.
        var merged = new List<KNode>();
        var matched = new HashSet<KNode>(ReferenceEqualityComparer.Instance);
        foreach (var item in patch.Items)
        {
            if (item is not KMap element)
            {
                continue;
            }

            var id = element[key];
            var match = id is null ? null : target.Items.OfType<KMap>().FirstOrDefault(t => !matched.Contains(t) && SameScalar(t[key], id));
            if (match is not null)
            {
                matched.Add(match);
            }

            if (element.Text("$patch") == "delete")
            {
                continue;
            }

            if (match is null)
            {
                if (Clean(element) is { } cleaned)
                {
                    merged.Add(cleaned);
                }

                continue;
            }

            // Kustomize leaves a matched item alone when the patch's item says `$patch: replace`.
            if (element.Text("$patch") != "replace")
            {
                MergeMap(match, element, info?.Type, known);
            }

            merged.Add(match);
        }

        merged.AddRange(target.Items.Where(t => !matched.Contains(t)));
        target.Items = merged;
        return target;
    }

    /// <summary>The key items of a list without a schema merge by: the first of Kustomize's candidates that every map item has.</summary>
    private static string? InferKey(KSequence target, KSequence patch)
    {
        var items = target.Items.Concat(patch.Items).ToList();
        if (items.Count == 0 || items.Any(i => i is not KMap))
        {
            return null;
        }

        foreach (var key in AssociativeKeys)
        {
            if (items.Cast<KMap>().Any(m => m[key] is KScalar))
            {
                return key;
            }
        }

        return null;
    }

    private static bool IsReplaceDirective(KNode item) => item is KMap { Count: 1 } map && map.Text("$patch") == "replace";

    private static bool SameScalar(KNode? a, KNode b) => a is KScalar x && b is KScalar y && x.Value == y.Value;

    /// <summary>A value from a patch with its directives removed (null when it deletes itself).</summary>
    public static KNode? Clean(KNode node)
    {
        switch (node)
        {
            case KMap map:
                if (map.Text("$patch") == "delete")
                {
                    return null;
                }

                var copy = new KMap(map.Start, map.End, map.Origin, map.Tag);
                foreach (var entry in map.Entries)
                {
                    if (entry.Name == "$patch")
                    {
                        continue;
                    }

                    if (Clean(entry.Value) is { } value)
                    {
                        copy.Add(new KEntry(entry.Key, value));
                    }
                }

                return copy;
            case KSequence sequence:
                var list = new KSequence(sequence.Start, sequence.End, sequence.Origin, sequence.Tag);
                list.Items.AddRange(sequence.Items.Select(Clean).OfType<KNode>());
                return list;
            default:
                return node;
        }
    }
}
