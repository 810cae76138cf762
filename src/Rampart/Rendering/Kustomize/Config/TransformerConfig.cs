using Rampart.Rendering.Kustomize.Model;

namespace Rampart.Rendering.Kustomize.Config;

/// <summary>
/// Which fields each transformer edits: Kustomize's built-in field specs (<see cref="DefaultFieldSpecs"/>) plus
/// those a kustomization adds with <c>configurations:</c> or <c>crds:</c>. One per build, grown as bases merge in.
/// </summary>
internal sealed class TransformerConfig
{
    public List<FieldSpec> NamePrefix { get; } = [];
    public List<FieldSpec> NameSuffix { get; } = [];
    public List<FieldSpec> Namespace { get; } = [];
    public List<FieldSpec> CommonLabels { get; } = [];
    public List<FieldSpec> TemplateLabels { get; } = [];

    /// <summary>Fields a configuration adds under <c>labels:</c>: every <c>labels:</c> entry of a kustomization sets them too.</summary>
    public List<FieldSpec> Labels { get; } = [];
    public List<FieldSpec> CommonAnnotations { get; } = [];
    public List<FieldSpec> Images { get; } = [];
    public List<FieldSpec> Replicas { get; } = [];
    public List<FieldSpec> VarReference { get; } = [];
    public List<NameReference> NameReference { get; } = [];

    public static TransformerConfig Defaults()
    {
        var config = new TransformerConfig();
        config.NamePrefix.AddRange(DefaultFieldSpecs.NamePrefix);
        config.NameSuffix.AddRange(DefaultFieldSpecs.NamePrefix);
        config.Namespace.AddRange(DefaultFieldSpecs.Namespace);
        config.CommonLabels.AddRange(DefaultFieldSpecs.CommonLabels);
        config.TemplateLabels.AddRange(DefaultFieldSpecs.TemplateLabels);
        config.CommonAnnotations.AddRange(DefaultFieldSpecs.CommonAnnotations);
        config.Images.AddRange(DefaultFieldSpecs.Images);
        config.Replicas.AddRange(DefaultFieldSpecs.Replicas);
        config.VarReference.AddRange(DefaultFieldSpecs.VarReference);
        config.NameReference.AddRange(DefaultFieldSpecs.NameReferences);
        return config;
    }

    /// <summary>Adds the specs of <paramref name="other"/> that this config lacks.</summary>
    public void Merge(TransformerConfig other)
    {
        AddNew(NamePrefix, other.NamePrefix);
        AddNew(NameSuffix, other.NameSuffix);
        AddNew(Namespace, other.Namespace);
        AddNew(CommonLabels, other.CommonLabels);
        AddNew(TemplateLabels, other.TemplateLabels);
        AddNew(Labels, other.Labels);
        AddNew(CommonAnnotations, other.CommonAnnotations);
        AddNew(Images, other.Images);
        AddNew(Replicas, other.Replicas);
        AddNew(VarReference, other.VarReference);
        if (SameStart(NameReference, other.NameReference))
        {
            return;
        }

        var positions = new Dictionary<Gvk, int>();
        for (var i = 0; i < NameReference.Count; i++)
        {
            positions.TryAdd(NameReference[i].Referral, i);
        }

        foreach (var reference in other.NameReference)
        {
            if (!positions.TryGetValue(reference.Referral, out var same))
            {
                positions.Add(reference.Referral, NameReference.Count);
                NameReference.Add(reference);
                continue;
            }

            var specs = NameReference[same].Referrers.ToList();
            AddNew(specs, reference.Referrers);
            NameReference[same] = NameReference[same] with { Referrers = specs };
        }
    }

    /// <summary>
    /// Adds the specs of <paramref name="specs"/> that <paramref name="into"/> lacks (same type and path), in one pass
    /// over each: every build merges the configuration of each base it includes, most often the defaults into the defaults.
    /// </summary>
    private static void AddNew(List<FieldSpec> into, IReadOnlyList<FieldSpec> specs)
    {
        if (SameStart(into, specs))
        {
            return;
        }

        var known = new HashSet<(Gvk, string)>(into.Select(s => (s.Type, s.PathText)));
        foreach (var spec in specs)
        {
            if (known.Add((spec.Type, spec.PathText)))
            {
                into.Add(spec);
            }
        }
    }

    /// <summary>Whether <paramref name="into"/> begins with the very items of <paramref name="other"/>, so merging adds nothing.</summary>
    private static bool SameStart<T>(List<T> into, IReadOnlyList<T> other)
        where T : class
    {
        if (other.Count > into.Count)
        {
            return false;
        }

        for (var i = 0; i < other.Count; i++)
        {
            if (!ReferenceEquals(into[i], other[i]))
            {
                return false;
            }
        }

        return true;
    }
}
