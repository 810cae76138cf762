using System.Collections.Concurrent;
using Rampart.Cel.Values;
using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Policies.Cel;
using Rampart.Policies.Matching;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// What policies need to know about the objects around the one evaluated, prepared once per scan with
/// <see cref="Build"/> and shared by every evaluation of it: the kinds the CustomResourceDefinitions declare, the
/// Namespace objects, and the objects bound to <c>params</c> by policies that look across objects. The scan builds
/// it from the repository; a cluster cache can build it from what the cluster holds. Thread-safe.
/// </summary>
public sealed class RepositoryIndex
{
    private readonly IReadOnlyList<KubernetesObject> objects;
    private readonly ConcurrentDictionary<string, CelValue> paramsByKinds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<IReadOnlyList<KindReference>, CelValue> paramsByList = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, KubernetesObject> namespaces = new(StringComparer.Ordinal);

    private RepositoryIndex(IReadOnlyList<KubernetesObject> objects)
    {
        this.objects = objects;
        var custom = new List<CustomKind>();
        foreach (var obj in objects)
        {
            if (obj.Kind == "Namespace" && obj.ApiVersion == "v1" && obj.Name is { } name)
            {
                namespaces.TryAdd(name, obj);
            }
            else if (obj.Kind == "CustomResourceDefinition" && CustomKindOf(obj.Root) is { } kind)
            {
                custom.Add(kind);
            }
        }

        Kinds = custom.Count == 0 ? KindCatalog.Default : new KindCatalog(custom);
    }

    public KindCatalog Kinds { get; }

    /// <summary>An index of no objects: built-in kinds only, no Namespace objects, empty <c>params</c> lists.</summary>
    public static RepositoryIndex Empty { get; } = new([]);

    /// <summary>The index of <paramref name="objects"/>; build it once per scan, not once per object.</summary>
    public static RepositoryIndex Build(IReadOnlyList<KubernetesObject> objects) => new(objects);

    public KubernetesObject? Namespace(string name) => namespaces.GetValueOrDefault(name);

    /// <summary>A <c>List</c> object of the repository's objects of <paramref name="kinds"/>, shared by every evaluation.</summary>
    public CelValue Params(IReadOnlyList<KindReference> kinds)
    {
        // A policy asks with the same list on every object: found by the list first, without spelling its key.
        if (paramsByList.TryGetValue(kinds, out var known))
        {
            return known;
        }

        var value = ParamsByKey(kinds);
        paramsByList.TryAdd(kinds, value);
        return value;
    }

    private CelValue ParamsByKey(IReadOnlyList<KindReference> kinds)
    {
        var key = string.Join(',', kinds);
        return paramsByKinds.GetOrAdd(key, _ =>
        {
            var items = objects.Where(o => kinds.Any(k => k.Matches(o.ApiVersion, o.Kind))).Select(o => (CelValue)new NodeMap(o.Root)).ToArray();
            return CelMap.Of(
            [
                new(CelString.Of("apiVersion"), CelString.Of("v1")),
                new(CelString.Of("kind"), CelString.Of("List")),
                new(CelString.Of("items"), CelList.Wrap(items)),
            ]);
        });
    }

    private static CustomKind? CustomKindOf(MappingNode root)
    {
        if (root["spec"] is not MappingNode spec || spec["names"] is not MappingNode names
            || spec["group"] is not ScalarNode { Text: var group }
            || names["kind"] is not ScalarNode { Text: var kind } || names["plural"] is not ScalarNode { Text: var plural })
        {
            return null;
        }

        var namespaced = spec["scope"] is not ScalarNode { Text: "Cluster" };
        return new CustomKind(group, kind, plural, namespaced);
    }
}
