using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Rampart.Analysis;
using Rampart.Cel.Values;
using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Policies.Cel;
using Rampart.Policies.Matching;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// What policies need to know about the repository being scanned, computed once per scan: the kinds its
/// CustomResourceDefinitions declare, its Namespace objects, and the objects bound to <c>params</c> by policies
/// that look across objects.
/// </summary>
internal sealed class RepositoryIndex
{
    private static readonly ConditionalWeakTable<AnalysisContext, RepositoryIndex> Cache = [];
    private readonly IReadOnlyList<KubernetesObject> objects;
    private readonly ConcurrentDictionary<string, CelValue> paramsByKinds = new(StringComparer.Ordinal);
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

    public static RepositoryIndex For(AnalysisContext context) => Cache.GetValue(context, c => new RepositoryIndex(c.Index.Objects));

    public KubernetesObject? Namespace(string name) => namespaces.GetValueOrDefault(name);

    /// <summary>A <c>List</c> object of the repository's objects of <paramref name="kinds"/>, shared by every evaluation.</summary>
    public CelValue Params(IReadOnlyList<KindReference> kinds)
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
