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
        var byName = new Dictionary<string, List<Resource>>(StringComparer.Ordinal);
        foreach (var resource in map.Resources)
        {
            foreach (var name in resource.AllIds.Select(id => id.Name).Distinct())
            {
                if (!byName.TryGetValue(name, out var list))
                {
                    byName[name] = list = [];
                }

                list.Add(resource);
            }
        }

        foreach (var reference in map.Config.NameReference)
        {
            foreach (var referrer in map.Resources)
            {
                foreach (var spec in reference.Referrers)
                {
                    if (!referrer.Gvk.IsSelectedBy(spec.Type))
                    {
                        continue;
                    }

                    string? error = null;
                    FieldWalker.Apply(referrer.Root, spec.Path, 0, create: false, referrer.Root, value =>
                    {
                        var (updated, failure) = Update(value, reference, referrer, byName);
                        error ??= failure;
                        return updated;
                    });
                    if (error is not null)
                    {
                        return context.Fail(error, referrer.Root, referrer.Source);
                    }
                }
            }
        }

        return true;
    }

    private static (KNode? Updated, string? Error) Update(KNode? value, NameReference reference, Resource referrer, Dictionary<string, List<Resource>> byName)
    {
        switch (value)
        {
            case KScalar { IsNull: false } scalar:
                var (found, error) = Referral(scalar.Value, null, reference, referrer, byName);
                return found is null || found.Name == scalar.Value ? (null, error) : (Scalars.String(found.Name, scalar), null);
            case KSequence sequence:
                for (var i = 0; i < sequence.Count; i++)
                {
                    if (Update(sequence.Items[i], reference, referrer, byName) is ({ } item, _))
                    {
                        sequence.Items[i] = item;
                    }
                }

                return (null, null);
            case KMap map:
                if (map.Text("kind") is { } kind && kind != reference.Referral.Kind && map.Entry("name") is not null && referrer.Gvk.Kind.EndsWith("Binding", StringComparison.Ordinal))
                {
                    return (null, null);
                }

                if (map.Text("name") is not { } name)
                {
                    return (null, null);
                }

                var (target, failure) = Referral(name, map.Text("namespace"), reference, referrer, byName);
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

    private static (Resource? Found, string? Error) Referral(string name, string? ns, NameReference reference, Resource referrer, Dictionary<string, List<Resource>> byName)
    {
        if (!byName.TryGetValue(name, out var candidates))
        {
            return (null, null);
        }

        var roleKind = referrer.Root.Map("roleRef")?.Text("kind");
        var matching = candidates.Where(c => c.AllIds.Any(id => id.Name == name && id.Gvk.IsSelectedBy(reference.Referral))).ToList();
        if (roleKind is not null && reference.Referral.Kind is "Role" or "ClusterRole")
        {
            matching = matching.FindAll(c => c.Gvk.Kind == roleKind);
        }

        if (ns is not null)
        {
            matching = matching.FindAll(c => c.AllIds.Any(id => ResId.SameNamespace(id.Namespace, ns)));
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

        return matching.Count switch
        {
            0 => (null, null),
            1 => (matching[0], null),
            _ => (null, $"found multiple possible referrals for {reference.Referral.Kind} '{name}' referred to by {referrer.CurrentId}: {string.Join(", ", matching)}"),
        };
    }
}
