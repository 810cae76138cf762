using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Config;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Transformers;

/// <summary>
/// <c>commonLabels</c> (labels and selectors), <c>labels</c> (with or without selectors and templates, or in the
/// fields given) and <c>commonAnnotations</c>. Each value set stands at the kustomization line that set it.
/// </summary>
internal static class LabelTransformer
{
    public static bool Run(KustomizationFile file, ResourceMap map)
    {
        if (file.StringMap(file["commonLabels"], "commonLabels") is not { } common || file.Maps("labels") is not { } labels)
        {
            return false;
        }

        var config = map.Config;
        Apply(map, common, config.CommonLabels);
        foreach (var entry in labels)
        {
            var pairs = file.StringMap(entry["pairs"], "pairs");
            var selectors = file.Bool(entry, "includeSelectors");
            var templates = file.Bool(entry, "includeTemplates");
            if (pairs is null || selectors is null || templates is null)
            {
                return false;
            }

            var specs = selectors.Value ? [.. config.CommonLabels]
                : templates.Value ? [.. config.TemplateLabels]
                : new List<FieldSpec> { FieldSpec.Of("metadata/labels", create: true) };
            if (file.MapsOf(entry["fields"], "fields") is not { } fields)
            {
                return false;
            }

            foreach (var field in fields)
            {
                if (Spec(file, field) is not { } spec)
                {
                    return false;
                }

                specs.Add(spec);
            }

            specs.AddRange(config.Labels);
            Apply(map, pairs, specs);
        }

        if (file.StringMap(file["commonAnnotations"], "commonAnnotations") is not { } annotations)
        {
            return false;
        }

        Apply(map, annotations, config.CommonAnnotations);
        return true;
    }

    /// <summary>A field spec written in a kustomization (<c>path</c>, <c>kind</c>, <c>group</c>, <c>version</c>, <c>create</c>).</summary>
    public static FieldSpec? Spec(KustomizationFile file, KMap field)
    {
        var path = file.StringOf(field["path"], "path");
        var create = file.Bool(field, "create");
        if (path is null || create is null)
        {
            return file.Fail("a field spec needs a path", field) ? null : null;
        }

        return FieldSpec.Of(path, file.StringOf(field["kind"], "kind") ?? "", create.Value, file.StringOf(field["group"], "group") ?? "", file.StringOf(field["version"], "version") ?? "");
    }

    public static void Apply(ResourceMap map, IReadOnlyList<(string Key, string Value, KEntry At)> pairs, IReadOnlyList<FieldSpec> specs)
    {
        if (pairs.Count == 0)
        {
            return;
        }

        var at = pairs[0].At.Value;

        // One delegate for every resource and spec (a lambda in the loops would be made for each).
        KNode? Update(KNode? value)
        {
            var target = value as KMap;
            if (target is null)
            {
                if (value is not null && !value.IsNull)
                {
                    return null;
                }

                target = Scalars.EmptyMap(at);
            }

            for (var i = 0; i < pairs.Count; i++)
            {
                var entry = pairs[i].At;
                target.Set(entry.Key, Scalars.String(pairs[i].Value, entry.Value));
            }

            return target;
        }

        Func<KNode?, KNode?> update = Update;
        foreach (var resource in map.Resources)
        {
            for (var i = 0; i < specs.Count; i++)
            {
                FieldWalker.Apply(resource, specs[i], at, update);
            }
        }
    }
}
