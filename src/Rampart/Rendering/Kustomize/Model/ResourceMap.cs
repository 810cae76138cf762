using Rampart.Rendering.Kustomize.Config;

namespace Rampart.Rendering.Kustomize.Model;

/// <summary>
/// The resources a kustomization has accumulated so far, in order, with the transformer configuration and the
/// vars its bases declared (Kustomize's resource accumulator).
/// </summary>
internal sealed class ResourceMap
{
    public List<Resource> Resources { get; } = [];
    public TransformerConfig Config { get; } = TransformerConfig.Defaults();
    public List<VarDefinition> Vars { get; } = [];

    /// <summary>Current ids of <see cref="Resources"/>, rebuilt after transformers ran (they may rename).</summary>
    private Dictionary<(Gvk, string, string), Resource>? index;

    /// <summary>The resource whose current id is <paramref name="id"/>, or null.</summary>
    public Resource? ByCurrentId(ResId id) => Index().GetValueOrDefault(Key(id));

    /// <summary>The resources by label, built on first use and dropped when resources are added or all may have changed.</summary>
    private LabelIndex? labels;

    /// <summary>The resources labelled <paramref name="key"/>=<paramref name="value"/>, in order.</summary>
    public List<Resource> WithLabel(string key, string value) => (labels ??= new LabelIndex(Resources)).With(key, value);

    /// <summary>Appends a resource (its id must be free: see <see cref="ByCurrentId"/>).</summary>
    public void Add(Resource resource)
    {
        labels = null;
        Resources.Add(resource);
        index?.TryAdd(Key(resource.CurrentId), resource);
    }

    /// <summary>Forgets the indexes after resources were renamed, replaced, relabelled or removed.</summary>
    public void Invalidate()
    {
        index = null;
        labels = null;
    }

    /// <summary>Forgets what the indexes know of <paramref name="changed"/> only (the resources one patch edited).</summary>
    public void Invalidate(IEnumerable<Resource> changed)
    {
        index = null;
        foreach (var resource in changed)
        {
            labels?.Changed(resource);
        }
    }

    private Dictionary<(Gvk, string, string), Resource> Index()
    {
        if (index is null)
        {
            index = [];
            foreach (var resource in Resources)
            {
                index.TryAdd(Key(resource.CurrentId), resource);
            }
        }

        return index;
    }

    private static (Gvk, string, string) Key(ResId id) => (id.Gvk, id.Name, id.Namespace.Length == 0 ? "default" : id.Namespace);

    /// <summary>Resources that have, or had, <paramref name="id"/> (group and version compared only where both give one).</summary>
    public List<Resource> ByAnyId(ResId id)
    {
        var found = new List<Resource>(1);
        foreach (var resource in Resources)
        {
            if (resource.HadLoosely(id))
            {
                found.Add(resource);
            }
        }

        return found;
    }
}
