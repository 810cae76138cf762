using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Config;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Patching;
using Rampart.Rendering.Kustomize.Transformers;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Plugins;

/// <summary>
/// Runs one built-in transformer configuration. Each maps onto the kustomization field it mirrors (a
/// PatchTransformer is a <c>patches</c> entry, an ImageTagTransformer an <c>images</c> entry), with the field specs
/// the configuration gives in place of the built-in ones.
/// </summary>
internal static class BuiltinTransformers
{
    public static bool Run(KustomizationFile file, ResourceMap map, KMap config, string kind)
    {
        switch (kind)
        {
            case "PrefixSuffixTransformer" or "PrefixTransformer" or "SuffixTransformer":
                return Affix(file, map, config);
            case "LabelTransformer" or "AnnotationsTransformer":
                if (Pairs(file, config, kind == "LabelTransformer" ? "labels" : "annotations") is not { } pairs || Specs(file, config) is not { } specs)
                {
                    return false;
                }

                LabelTransformer.Apply(map, pairs, specs);
                return true;
            case "NamespaceTransformer":
                return Namespace(file, map, config);
            case "PatchTransformer":
                return PatchSet.Patch(file, map, config, json6902Only: false);
            case "PatchJson6902Transformer":
                return PatchSet.Patch(file, map, Renamed(config, "jsonOp", "patch"), json6902Only: true);
            case "PatchStrategicMergeTransformer":
                return PatchSet.StrategicMergeFiles(As(file, config, "patchesStrategicMerge", Merged(config["paths"], config["patches"])), map);
            case "ImageTagTransformer":
                return ImageTransformer.Run(As(file, config, "images", One(config["imageTag"])), map);
            case "ReplicaCountTransformer":
                return Specs(file, config) is { } replicaSpecs && ReplicaTransformer.Run(As(file, config, "replicas", One(config["replica"])), map, replicaSpecs);
            case "ReplacementTransformer":
                return ReplacementTransformer.Run(As(file, config, "replacements", config["replacements"]), map);
            case "ValueAddTransformer":
                return ValueAdd.Run(file, map, config);
            case "HashTransformer":
                return true;
            default:
                return BuiltinPlugins.Fail(file, config, kind);
        }
    }

    private static bool Affix(KustomizationFile file, ResourceMap map, KMap config)
    {
        var prefix = file.StringOf(config["prefix"], "prefix");
        var suffix = file.StringOf(config["suffix"], "suffix");
        if (file.Context.Failed || Specs(file, config) is not { } specs)
        {
            return false;
        }

        if (!string.IsNullOrEmpty(prefix))
        {
            NameAffixTransformer.Apply(map, specs, config["prefix"]!, prefix, "");
        }

        if (!string.IsNullOrEmpty(suffix))
        {
            NameAffixTransformer.Apply(map, specs, config["suffix"]!, "", suffix);
        }

        return true;
    }

    private static bool Namespace(KustomizationFile file, ResourceMap map, KMap config)
    {
        var at = config.Map("metadata")?["namespace"];
        var ns = file.StringOf(at, "namespace");
        var unsetOnly = file.Bool(config, "unsetOnly");
        var subjects = file.StringOf(config["setRoleBindingSubjects"], "setRoleBindingSubjects");
        if (file.Context.Failed || unsetOnly is null || Specs(file, config) is not { } specs)
        {
            return false;
        }

        if (subjects is not (null or "" or "defaultOnly" or "allServiceAccounts" or "none"))
        {
            return file.Fail($"invalid value for setRoleBindingSubjects: '{subjects}' (defaultOnly, allServiceAccounts or none)", config["setRoleBindingSubjects"]);
        }

        if (!string.IsNullOrEmpty(ns))
        {
            NamespaceTransformer.Apply(map, ns, at!, specs, unsetOnly.Value, string.IsNullOrEmpty(subjects) ? "defaultOnly" : subjects);
        }

        return true;
    }

    /// <summary>The configuration's <c>fieldSpecs</c> (none when absent); null after a failure.</summary>
    public static List<FieldSpec>? Specs(KustomizationFile file, KMap config)
    {
        if (file.MapsOf(config["fieldSpecs"], "fieldSpecs") is not { } fields)
        {
            return null;
        }

        var specs = new List<FieldSpec>();
        foreach (var field in fields)
        {
            if (LabelTransformer.Spec(file, field) is not { } spec)
            {
                return null;
            }

            specs.Add(spec);
        }

        return specs;
    }

    /// <summary>A map of names to scalar values (a plugin's configuration reads <c>area: 51</c> as the string 51).</summary>
    private static List<(string Key, string Value, KEntry At)>? Pairs(KustomizationFile file, KMap config, string field)
    {
        var pairs = new List<(string, string, KEntry)>();
        if (config[field] is null or { IsNull: true })
        {
            return pairs;
        }

        if (config[field] is not KMap map || map.Entries.Any(e => e.Value is not KScalar))
        {
            file.Fail($"'{field}' must be a map of strings", config[field]);
            return null;
        }

        pairs.AddRange(map.Entries.Select(e => (e.Name, ((KScalar)e.Value).IsNull ? "" : ((KScalar)e.Value).Value, e)));
        return pairs;
    }

    /// <summary>A kustomization made of one field, read at the configuration's place, for the step that reads that field.</summary>
    private static KustomizationFile As(KustomizationFile file, KMap config, string field, KNode? value)
    {
        var root = new KMap(config.Start, config.End, config.Origin);
        if (value is not null)
        {
            root.Add(new KEntry(Scalars.Key(field, value), value));
        }

        return new KustomizationFile(file.Context, file.Directory, file.Path, root);
    }

    private static KSequence? One(KNode? item)
    {
        if (item is null)
        {
            return null;
        }

        var list = new KSequence(item.Start, item.End, item.Origin);
        list.Items.Add(item);
        return list;
    }

    private static KSequence? Merged(KNode? paths, KNode? patches)
    {
        var list = paths is KSequence given ? new KSequence(given.Start, given.End, given.Origin) : null;
        list?.Items.AddRange(((KSequence)paths!).Items);
        if (patches is KScalar { IsNull: false })
        {
            list ??= new KSequence(patches.Start, patches.End, patches.Origin);
            list.Items.Add(patches);
        }

        return list;
    }

    private static KMap Renamed(KMap config, string from, string to)
    {
        var copy = new KMap(config.Start, config.End, config.Origin);
        foreach (var entry in config.Entries)
        {
            copy.Add(entry.Name == from ? new KEntry(Scalars.Key(to, entry.Value), entry.Value) : entry);
        }

        return copy;
    }
}
