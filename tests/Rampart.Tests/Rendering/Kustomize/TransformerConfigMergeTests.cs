using Rampart.Rendering.Kustomize.Config;
using Rampart.Rendering.Kustomize.Model;

namespace Rampart.Tests.Rendering.Kustomize;

/// <summary>
/// Every build merges the transformer configuration of each base it includes into its own, most often Kustomize's
/// defaults into the defaults: the merge adds exactly the specs a configuration lacks, and a spec's path text, which
/// the merge and the transformers compare, is made once.
/// </summary>
public sealed class TransformerConfigMergeTests
{
    [Fact]
    public void Merging_the_defaults_into_the_defaults_adds_nothing()
    {
        var config = TransformerConfig.Defaults();
        var before = Counts(config);

        config.Merge(TransformerConfig.Defaults());

        Assert.Equal(before, Counts(config));
    }

    [Fact]
    public void Merging_adds_only_the_specs_a_configuration_lacks_in_their_order()
    {
        var config = TransformerConfig.Defaults();
        var other = TransformerConfig.Defaults();
        var added = FieldSpec.Of("spec/selector/labels", kind: "Widget", group: "example.com");
        var again = FieldSpec.Of("spec/selector/labels", kind: "Widget", group: "example.com");
        var escaped = FieldSpec.Of("metadata/annotations/a\\/b", kind: "Widget");
        other.CommonLabels.AddRange([added, again, escaped]);
        var before = config.CommonLabels.Count;

        config.Merge(other);
        config.Merge(other);

        Assert.Equal(before + 2, config.CommonLabels.Count);
        Assert.Same(added, config.CommonLabels[before]);
        Assert.Same(escaped, config.CommonLabels[before + 1]);
    }

    [Fact]
    public void Merging_a_new_referral_adds_it_and_a_new_referrer_joins_the_referral_it_names()
    {
        var config = TransformerConfig.Defaults();
        var other = TransformerConfig.Defaults();
        var widget = new Gvk("example.com", "v1", "Widget");
        var referrer = FieldSpec.Of("spec/widgetRef/name", kind: "Gadget");
        other.NameReference.Add(new NameReference(widget, [referrer]));
        var configMap = other.NameReference.FindIndex(r => r.Referral.Kind == "ConfigMap");
        var fromGadget = FieldSpec.Of("spec/configRef", kind: "Gadget");
        other.NameReference[configMap] = other.NameReference[configMap] with { Referrers = [.. other.NameReference[configMap].Referrers, fromGadget] };
        var references = config.NameReference.Count;
        var configMapReferrers = config.NameReference[configMap].Referrers.Count;

        config.Merge(other);

        Assert.Equal(references + 1, config.NameReference.Count);
        Assert.Equal(widget, config.NameReference[^1].Referral);
        Assert.Equal(configMapReferrers + 1, config.NameReference[configMap].Referrers.Count);
        Assert.Same(fromGadget, config.NameReference[configMap].Referrers[^1]);
    }

    [Fact]
    public void A_field_spec_makes_its_path_text_once_and_a_copy_with_another_path_makes_its_own()
    {
        var spec = FieldSpec.Of("metadata/annotations/a\\/b");

        var first = spec.PathText;
        var moved = spec with { Path = ["spec", "name"] };

        Assert.Equal("metadata/annotations/a\\/b", first);
        Assert.Same(first, spec.PathText);
        Assert.Equal("spec/name", moved.PathText);
    }

    private static int[] Counts(TransformerConfig config) =>
    [
        config.NamePrefix.Count, config.NameSuffix.Count, config.Namespace.Count, config.CommonLabels.Count, config.TemplateLabels.Count,
        config.Labels.Count, config.CommonAnnotations.Count, config.Images.Count, config.Replicas.Count, config.VarReference.Count,
        config.NameReference.Count, config.NameReference.Sum(r => r.Referrers.Count),
    ];
}
