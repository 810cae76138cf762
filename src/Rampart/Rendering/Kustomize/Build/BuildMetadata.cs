using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Build;

/// <summary>
/// The entry kustomization's <c>buildMetadata</c>: <c>originAnnotations</c> writes each resource's origin (the file
/// it was read from, or the generator that made it, relative to the kustomization's folder) into the
/// <c>config.kubernetes.io/origin</c> annotation; <c>managedByLabel</c> adds <c>app.kubernetes.io/managed-by</c>
/// with the value <c>kubectl kustomize</c> writes. <c>transformerAnnotations</c> writes the transformers that ran over each resource (<see cref="TransformerAnnotations"/>).
/// </summary>
internal static class BuildMetadata
{
    public const string ManagedBy = "kustomize-(devel)";

    public static bool Apply(KustomizationFile top, ResourceMap map)
    {
        if (top.Strings("buildMetadata") is not { } options)
        {
            return false;
        }

        foreach (var (option, at) in options)
        {
            switch (option)
            {
                case "originAnnotations":
                    foreach (var resource in map.Resources)
                    {
                        Set(resource, "annotations", "config.kubernetes.io/origin", Origin(top, resource), at);
                    }

                    break;
                case "managedByLabel":
                    foreach (var resource in map.Resources)
                    {
                        Set(resource, "labels", "app.kubernetes.io/managed-by", ManagedBy, at);
                    }

                    break;
                case "transformerAnnotations":
                    TransformerAnnotations.Write(map, at);
                    break;
                default:
                    return top.Fail($"invalid buildMetadata option: '{option}' (originAnnotations, transformerAnnotations or managedByLabel)", at);
            }
        }

        return true;
    }

    private static string Origin(KustomizationFile top, Resource resource)
    {
        if (resource.Generator is not { } generator)
        {
            return $"path: {Relative(top, resource.Source)}\n";
        }

        var text = $"configuredIn: {Relative(top, generator.ConfiguredIn)}\nconfiguredBy:\n  apiVersion: builtin\n  kind: {generator.Kind}\n";
        return generator.Name is null ? text : text + $"  name: {generator.Name}\n";
    }

    private static string Relative(KustomizationFile top, string path) => Relative(top.Directory, path);

    /// <summary><paramref name="path"/> relative to the folder <paramref name="directory"/>, with forward slashes.</summary>
    public static string Relative(string directory, string path) =>
        System.IO.Path.GetRelativePath("/" + directory, "/" + path).Replace('\\', '/');

    /// <summary>Sets <paramref name="key"/> in the resource's <c>metadata.labels</c> or <c>metadata.annotations</c>, creating the map.</summary>
    public static void Set(Resource resource, string field, string key, string value, KNode at)
    {
        if (resource.Metadata is not { } metadata)
        {
            return;
        }

        if (metadata.Map(field) is not { } values)
        {
            values = Scalars.EmptyMap(at);
            metadata.Set(field, values);
        }

        values.Set(key, Scalars.String(value, at));
    }
}
