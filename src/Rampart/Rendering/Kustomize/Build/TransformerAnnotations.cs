using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Build;

/// <summary>
/// <c>buildMetadata: [transformerAnnotations]</c> of the entry kustomization: after each built-in transformer a
/// kustomization configures, every resource it holds at that point records the transformer (where it was configured,
/// its kind and, for a plugin configuration, its name and namespace), as Kustomize writes them into
/// <c>alpha.config.kubernetes.io/transformations</c>.
/// </summary>
internal static class TransformerAnnotations
{
    public const string Annotation = "alpha.config.kubernetes.io/transformations";

    /// <summary>The transformers the kustomization's own fields configure, in the order its transformers run.</summary>
    public static void RecordFields(KustomizationFile file, ResourceMap map)
    {
        if (!file.Context.RecordTransformations)
        {
            return;
        }

        var root = file.Root;
        Record(file, map, "PatchStrategicMergeTransformer", Count(root["patchesStrategicMerge"]) > 0 ? 1 : 0);
        Record(file, map, "PatchTransformer", Count(root["patches"]));
        Record(file, map, "NamespaceTransformer", root.Text("namespace") is { Length: > 0 } ? 1 : 0);
        Record(file, map, "PrefixTransformer", root.Text("namePrefix") is { Length: > 0 } ? 1 : 0);
        Record(file, map, "SuffixTransformer", root.Text("nameSuffix") is { Length: > 0 } ? 1 : 0);
        Record(file, map, "LabelTransformer", (Count(root["commonLabels"]) > 0 ? 1 : 0) + Count(root["labels"]));
        Record(file, map, "AnnotationsTransformer", Count(root["commonAnnotations"]) > 0 ? 1 : 0);
        Record(file, map, "PatchJson6902Transformer", Count(root["patchesJson6902"]));
        Record(file, map, "ReplicaCountTransformer", Count(root["replicas"]));
        Record(file, map, "ImageTagTransformer", Count(root["images"]));
        Record(file, map, "ReplacementTransformer", Count(root["replacements"]) > 0 ? 1 : 0);
    }

    /// <summary>A transformer configured by a plugin configuration (<c>transformers:</c>).</summary>
    public static void RecordPlugin(KustomizationFile file, ResourceMap map, KMap config, string kind)
    {
        if (file.Context.RecordTransformations)
        {
            var metadata = config.Map("metadata");
            Add(file, map, config.Origin?.Path ?? file.Path, kind, metadata?.Text("name"), metadata?.Text("namespace"));
        }
    }

    /// <summary>Writes the recorded transformations of every resource into its annotation.</summary>
    public static void Write(ResourceMap map, KNode at)
    {
        foreach (var resource in map.Resources.Where(r => r.Transformations.Count > 0))
        {
            BuildMetadata.Set(resource, "annotations", Annotation, string.Concat(resource.Transformations), at);
        }
    }

    private static void Record(KustomizationFile file, ResourceMap map, string kind, int times)
    {
        for (var i = 0; i < times; i++)
        {
            Add(file, map, file.Path, kind, null, null);
        }
    }

    private static void Add(KustomizationFile file, ResourceMap map, string configuredIn, string kind, string? name, string? ns)
    {
        var entry = $"- configuredIn: {BuildMetadata.Relative(file.Context.TopDirectory, configuredIn)}\n  configuredBy:\n    apiVersion: builtin\n    kind: {kind}\n"
            + (name is null ? "" : $"    name: {name}\n") + (ns is null ? "" : $"    namespace: {ns}\n");
        foreach (var resource in map.Resources)
        {
            resource.Transformations.Add(entry);
        }
    }

    private static int Count(KNode? node) => node switch
    {
        KSequence sequence => sequence.Count,
        KMap mapping => mapping.Count,
        KScalar { IsNull: false } scalar => scalar.Value.Length > 0 ? 1 : 0,
        _ => 0,
    };
}
