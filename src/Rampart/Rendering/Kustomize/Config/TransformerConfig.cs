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
        foreach (var reference in other.NameReference)
        {
            var same = NameReference.FindIndex(r => r.Referral == reference.Referral);
            if (same < 0)
            {
                NameReference.Add(reference);
                continue;
            }

            var specs = NameReference[same].Referrers.ToList();
            AddNew(specs, reference.Referrers);
            NameReference[same] = NameReference[same] with { Referrers = specs };
        }
    }

    private static void AddNew(List<FieldSpec> into, IEnumerable<FieldSpec> specs)
    {
        foreach (var spec in specs)
        {
            if (!into.Exists(s => s.Type == spec.Type && s.PathText == spec.PathText))
            {
                into.Add(spec);
            }
        }
    }
}
