using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Model;

/// <summary>
/// One resource of a build: its working tree, the ids it had before transformers renamed or moved it (name
/// references and patches find it by any of them), and where it came from.
/// </summary>
internal sealed class Resource(KMap root, string source)
{
    public KMap Root { get; set; } = root;

    /// <summary>The file the resource was read from, or the kustomization that generated it.</summary>
    public string Source { get; } = source;

    /// <summary>The ids this resource had before, oldest first (the first is the id it was read or generated with).</summary>
    public List<ResId> PreviousIds { get; } = [];

    /// <summary>A generated ConfigMap or Secret whose name gets the content hash at the end of the build.</summary>
    public bool NeedsHashSuffix { get; set; }

    public GeneratorBehavior Behavior { get; set; }

    /// <summary>The name prefixes added to this resource, innermost kustomization first (name references compare them).</summary>
    public List<string> NamePrefixes { get; } = [];

    /// <summary>The name suffixes added to this resource, innermost kustomization first.</summary>
    public List<string> NameSuffixes { get; } = [];

    /// <summary>The vars bound to this resource by the kustomization that declared them.</summary>
    public List<string> VarNames { get; } = [];

    /// <summary>The transformers that ran over this resource (<c>buildMetadata: [transformerAnnotations]</c>), as YAML list items.</summary>
    public List<string> Transformations { get; } = [];

    /// <summary>For a generated resource, the generator that made it (<c>buildMetadata: [originAnnotations]</c>).</summary>
    public GeneratorOrigin? Generator { get; set; }

    /// <summary>The kustomizations between the entry point and the one that read or generated this resource.</summary>
    public IReadOnlyList<string> Chain { get; set; } = [];

    public Gvk Gvk
    {
        get
        {
            // Split once per apiVersion and kind: transformers ask for the type once per field spec.
            var apiVersion = Root.Text("apiVersion");
            var kind = Root.Text("kind");
            if (gvk is not { } known || !ReferenceEquals(known.ApiVersion, apiVersion) || !ReferenceEquals(known.Kind, kind))
            {
                gvk = known = (apiVersion, kind, Gvk.Of(apiVersion, kind));
            }

            return known.Type;
        }
    }

    /// <summary>The type last read, with the apiVersion and kind texts it was read from.</summary>
    private (string? ApiVersion, string? Kind, Gvk Type)? gvk;

    public string Name => Metadata?.Text("name") ?? "";

    public string Namespace => Metadata?.Text("namespace") ?? "";

    public KMap? Metadata => Root.Map("metadata");

    public ResId CurrentId => new(Gvk, Name, Namespace);

    /// <summary>The id the resource was read or generated with.</summary>
    public ResId OriginalId => PreviousIds.Count > 0 ? PreviousIds[0] : CurrentId;

    /// <summary>The original id, every previous id and the current one.</summary>
    public IEnumerable<ResId> AllIds
    {
        get
        {
            foreach (var id in PreviousIds)
            {
                yield return id;
            }

            yield return CurrentId;
        }
    }

    /// <summary>Remembers the current id before a transformer changes it.</summary>
    public void StorePreviousId()
    {
        // Compared field by field: most transformers store an id that is already the last one.
        var (type, name, ns) = (Gvk, Name, Namespace);
        if (PreviousIds.Count == 0 || PreviousIds[^1] is not { } last || last.Gvk != type || last.Name != name || last.Namespace != ns)
        {
            PreviousIds.Add(new ResId(type, name, ns));
        }
    }

    /// <summary>Whether the resource has, or had, an id that matches <paramref name="id"/> loosely (<see cref="ResId.MatchesLoosely"/>).</summary>
    public bool HadLoosely(ResId id)
    {
        foreach (var previous in PreviousIds)
        {
            if (previous.MatchesLoosely(id))
            {
                return true;
            }
        }

        return CurrentId.MatchesLoosely(id);
    }

    public Resource Copy()
    {
        // The copy's tree holds the same apiVersion and kind texts, so the type read from them holds for it too.
        var copy = new Resource((KMap)Root.DeepCopy(), Source) { NeedsHashSuffix = NeedsHashSuffix, Behavior = Behavior, Chain = Chain, Generator = Generator, gvk = gvk };
        copy.PreviousIds.AddRange(PreviousIds);
        copy.NamePrefixes.AddRange(NamePrefixes);
        copy.NameSuffixes.AddRange(NameSuffixes);
        copy.VarNames.AddRange(VarNames);
        copy.Transformations.AddRange(Transformations);
        return copy;
    }

    public override string ToString() => CurrentId.ToString();
}
