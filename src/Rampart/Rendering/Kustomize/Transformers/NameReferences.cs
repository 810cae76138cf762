using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Config;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Transformers;

/// <summary>
/// At the end of a build, fixes every field that refers to a resource by name (a volume's ConfigMap, a
/// RoleBinding's role and subjects, an HPA's target…) to that resource's final name (prefix, suffix, hash) and,
/// for subjects and webhook services, namespace. Candidates are found once, by every name they ever had.
/// </summary>
internal static class NameReferences
{
    public static bool Fix(BuildContext context, ResourceMap map)
    {
        var byName = new Dictionary<string, List<Resource>>(map.Resources.Count, StringComparer.Ordinal);
        var renamed = new List<Gvk>();
        foreach (var resource in map.Resources)
        {
            // As in Kustomize, a resource is found by the names it had before: one never renamed needs no fixing.
            var ids = resource.PreviousIds;
            for (var i = 0; i < ids.Count; i++)
            {
                if (!renamed.Contains(ids[i].Gvk))
                {
                    renamed.Add(ids[i].Gvk);
                }

                if (!byName.TryGetValue(ids[i].Name, out var list))
                {
                    byName[ids[i].Name] = list = [];
                }

                // A name is listed once per resource (ids differ in type or namespace, not always in name).
                if (list.Count == 0 || !ReferenceEquals(list[^1], resource))
                {
                    list.Add(resource);
                }
            }
        }

        // Each resource's type read once: fixing names changes no apiVersion or kind, and every reference looks at every resource.
        var types = new Gvk[map.Resources.Count];
        for (var i = 0; i < types.Length; i++)
        {
            types[i] = map.Resources[i].Gvk;
        }

        var walk = new ReferenceWalk(byName);
        foreach (var reference in map.Config.NameReference)
        {
            // A reference whose type no resource ever had finds no referral: its fields stay as they are, unwalked.
            var candidates = AnySelected(renamed, reference.Referral);
            for (var i = 0; i < types.Length; i++)
            {
                var referrer = map.Resources[i];
                if (types[i].Kind == "RoleBinding" && BlankSubjectNamespace(referrer))
                {
                    return context.Fail($"namespace is blank for resource {referrer.CurrentId}", referrer.Root, referrer.Source);
                }

                if (!candidates)
                {
                    continue;
                }

                var referrers = reference.Referrers;
                for (var s = 0; s < referrers.Count; s++)
                {
                    var spec = referrers[s];
                    if (!types[i].IsSelectedBy(spec.Type))
                    {
                        continue;
                    }

                    context.NameReferenceWalks++;
                    if (Walk(referrer, spec, reference, walk) is { } error)
                    {
                        return context.Fail(error, referrer.Root, referrer.Source);
                    }
                }
            }
        }

        return true;
    }

    /// <summary>Whether one of <paramref name="types"/> is selected by <paramref name="referral"/> (a loop, not a closure per reference).</summary>
    private static bool AnySelected(List<Gvk> types, Gvk referral)
    {
        foreach (var type in types)
        {
            if (type.IsSelectedBy(referral))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Fixes the fields <paramref name="spec"/> names in <paramref name="referrer"/> (every one; the first error is
    /// kept in <paramref name="walk"/>, one per fix, reused from walk to walk instead of a closure for each).
    /// </summary>
    private static string? Walk(Resource referrer, FieldSpec spec, NameReference reference, ReferenceWalk walk)
    {
        (walk.Reference, walk.Referrer, walk.Error) = (reference, referrer, null);
        FieldWalker.Apply(referrer.Root, spec.Path, 0, create: false, referrer.Root, walk, static (value, walk) =>
        {
            var (updated, failure) = Update(value, walk.Reference!, walk.Referrer!, walk.ByName);
            walk.Error ??= failure;
            return updated;
        });
        return walk.Error;
    }

    /// <summary>What a walk of <see cref="Walk"/> needs, and the first error it met.</summary>
    private sealed class ReferenceWalk(Dictionary<string, List<Resource>> byName)
    {
        public Dictionary<string, List<Resource>> ByName { get; } = byName;
        public NameReference? Reference { get; set; }
        public Resource? Referrer { get; set; }
        public string? Error { get; set; }
    }

    private static (KNode? Updated, string? Error) Update(KNode? value, NameReference reference, Resource referrer, Dictionary<string, List<Resource>> byName)
    {
        switch (value)
        {
            case KScalar { IsNull: false } scalar:
                var (found, error) = Referral(scalar.Value, null, mapping: false, reference, referrer, byName);
                return found is null || found.Name == scalar.Value ? (null, error) : (Scalars.String(found.Name, scalar), null);
            case KSequence sequence:
                string? first = null;
                for (var i = 0; i < sequence.Count; i++)
                {
                    var (item, itemError) = Update(sequence.Items[i], reference, referrer, byName);
                    first ??= itemError;
                    if (item is not null)
                    {
                        sequence.Items[i] = item;
                    }
                }

                return (null, first);
            case KMap map:
                if (map.Text("kind") is { } kind && kind != reference.Referral.Kind && map.Entry("name") is not null && referrer.Gvk.Kind.EndsWith("Binding", StringComparison.Ordinal))
                {
                    return (null, null);
                }

                if (map.Text("name") is not { } name)
                {
                    return (null, null);
                }

                var (target, failure) = Referral(name, map.Text("namespace"), mapping: true, reference, referrer, byName);
                if (target is null)
                {
                    return (null, failure);
                }

                map.Set("name", Scalars.String(target.Name, map["name"]!));
                if (map.Entry("namespace") is not null || target.Namespace.Length > 0)
                {
                    if (target.Namespace.Length > 0)
                    {
                        map.Set("namespace", Scalars.String(target.Namespace, map["namespace"] ?? map["name"]!));
                    }
                }

                return (null, null);
            default:
                return (null, null);
        }
    }

    private static (Resource? Found, string? Error) Referral(string name, string? ns, bool mapping, NameReference reference, Resource referrer, Dictionary<string, List<Resource>> byName)
    {
        if (!byName.TryGetValue(name, out var candidates))
        {
            return (null, null);
        }

        var matching = new List<Resource>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (HadName(candidate, name) && HadType(candidate, reference.Referral))
            {
                matching.Add(candidate);
            }
        }

        // The rest narrows by closures, made only where there is something to narrow.
        return matching.Count == 0 ? (null, null) : Narrow(matching, name, ns, mapping, reference, referrer);
    }

    private static bool HadName(Resource candidate, string name)
    {
        foreach (var id in candidate.PreviousIds)
        {
            if (id.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HadType(Resource candidate, Gvk referral)
    {
        foreach (var id in candidate.PreviousIds)
        {
            if (id.Gvk.IsSelectedBy(referral))
            {
                return true;
            }
        }

        return false;
    }

    private static (Resource? Found, string? Error) Narrow(List<Resource> matching, string name, string? ns, bool mapping, NameReference reference, Resource referrer)
    {
        var roleKind = referrer.Root.Map("roleRef")?.Text("kind");
        if (roleKind is not null && reference.Referral.Kind is "Role" or "ClusterRole")
        {
            matching = matching.FindAll(c => c.Gvk.Kind == roleKind);
        }

        if (ns is not null)
        {
            var original = matching.FindAll(c => ResId.SameNamespace(c.OriginalId.Namespace, ns));
            matching = original.Count > 0 ? original : matching.FindAll(c => ResId.SameNamespace(c.Namespace, ns));
        }
        else if (!ClusterScoped.Is(referrer.Gvk))
        {
            matching = matching.FindAll(c => ClusterScoped.Is(c.Gvk) || c.Gvk.Kind == "ServiceAccount" || ResId.SameNamespace(c.Namespace, referrer.Namespace));
        }

        if (matching.Count > 1)
        {
            var exact = matching.FindAll(c => ResId.SameNamespace(c.Namespace, referrer.Namespace));
            matching = exact.Count > 0 ? exact : matching;
        }

        if (matching.Count > 1)
        {
            // Kustomize prefers the candidates renamed by the same prefixes and suffixes as the referrer: first letting
            // a resource without affixes match any, then asking for the same ending affixes.
            matching = matching.FindAll(c => SameAffixes(c, referrer, allowEmpty: true));
            if (matching.Count > 1)
            {
                matching = matching.FindAll(c => SameAffixes(c, referrer, allowEmpty: false));
            }
        }

        if (matching.Count > 1 && matching.TrueForAll(c => c.Name == matching[0].Name && (!mapping || c.Namespace == matching[0].Namespace)))
        {
            return (matching[0], null);
        }

        return matching.Count switch
        {
            0 => (null, null),
            1 => (matching[0], null),
            _ => (null, $"found multiple possible referrals for {reference.Referral.Kind} '{name}' referred to by {referrer.CurrentId}: {string.Join(", ", matching)}"),
        };
    }

    /// <summary>A RoleBinding whose ServiceAccount subject has a <c>namespace</c> field without a value (Kustomize rejects it).</summary>
    private static bool BlankSubjectNamespace(Resource referrer) =>
        referrer.Gvk.Kind == "RoleBinding" && referrer.Root["subjects"] is KSequence subjects
        && subjects.Items.OfType<KMap>().Any(s => s.Entry("namespace") is { Value: not KScalar { IsNull: false } } && s.Text("kind") == "ServiceAccount");

    private static bool SameAffixes(Resource candidate, Resource referrer, bool allowEmpty) =>
        SameEnding(candidate.NamePrefixes, referrer.NamePrefixes, allowEmpty) && SameEnding(candidate.NameSuffixes, referrer.NameSuffixes, allowEmpty);

    /// <summary>One list ends with the other (two empty lists match; with <paramref name="allowEmpty"/>, an empty list matches any).</summary>
    private static bool SameEnding(List<string> a, List<string> b, bool allowEmpty)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return allowEmpty || a.Count == b.Count;
        }

        var (shortest, longest) = a.Count <= b.Count ? (a, b) : (b, a);
        var offset = longest.Count - shortest.Count;
        for (var i = 0; i < shortest.Count; i++)
        {
            if (shortest[i] != longest[i + offset])
            {
                return false;
            }
        }

        return true;
    }
}
