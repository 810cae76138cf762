using Rampart.Rendering;
using Rampart.Findings;
using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Files;
using Rampart.Rendering.Kustomize.Generators;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Transformers;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize;

/// <summary>
/// Builds a kustomization in-process, as <c>kubectl kustomize</c> (Kustomize v5.5.0) would, and returns the objects
/// with the source line of every field, or the findings that stopped the build. Never throws for bad input.
/// </summary>
public static class KustomizeBuild
{
    /// <summary>
    /// Builds the kustomization in the folder <paramref name="directory"/> of <paramref name="files"/>; bases built
    /// before through <paramref name="bases"/> (by builds of the same repository) are copied rather than built again.
    /// </summary>
    public static RenderResult Run(IKustomizeFileSystem files, string directory, KustomizeOptions? options = null, KustomizeBaseCache? bases = null)
    {
        var context = new BuildContext(files, options ?? KustomizeOptions.Default, bases);
        var start = KustomizePaths.Normalize(directory);
        if (start is null)
        {
            context.Fail($"'{directory}' leads outside the repository", directory, default, KustomizeRules.OutsideRoot);
            return new RenderResult([], context.Findings);
        }

        var map = KustTarget.Build(context, start, null, start, null, component: null, out var top);
        if (map is null || top is null || !Finish(context, top, map))
        {
            return new RenderResult([], context.Findings);
        }

        return new RenderResult([.. map.Resources.Select(ToRendered)], context.Findings) { TargetChecks = context.TargetChecks, NameReferenceWalks = context.NameReferenceWalks };
    }

    /// <summary>Builds the kustomization in <paramref name="directory"/>, a folder under <paramref name="root"/> on disk.</summary>
    public static RenderResult Run(string root, string directory, KustomizeOptions? options = null)
    {
        var effective = options ?? KustomizeOptions.Default;
        return Run(new FolderFileSystem(root, effective.LoadLimits.MaxFileBytes), directory, effective);
    }

    /// <summary>The steps Kustomize takes once, at the top: hash suffixes, name references, vars, local configs, order.</summary>
    private static bool Finish(BuildContext context, KustomizationFile top, ResourceMap map)
    {
        foreach (var resource in map.Resources.Where(r => r.NeedsHashSuffix))
        {
            resource.StorePreviousId();
            var metadata = resource.Metadata!;
            var name = metadata["name"]!;
            metadata.Set("name", Scalars.String(resource.Name + "-" + NameHash.Of(resource.Root), name));
        }

        map.Invalidate();
        if (!NameReferences.Fix(context, map) || !VarResolver.Resolve(context, map))
        {
            return false;
        }

        map.Resources.RemoveAll(r => r.Metadata?.Map("annotations")?.Text("config.kubernetes.io/local-config") == "true");
        foreach (var resource in map.Resources)
        {
            AnnotationsAsStrings(resource);
        }

        return BuildMetadata.Apply(top, map) && LegacyOrder.Sort(top, map);
    }

    /// <summary>
    /// Kustomize rewrites every object's annotations when it removes its build annotations, so an annotation written
    /// as a number or a boolean comes out as a string.
    /// </summary>
    private static void AnnotationsAsStrings(Resource resource)
    {
        if (resource.Metadata?.Map("annotations") is not { } annotations)
        {
            return;
        }

        foreach (var entry in annotations.Entries)
        {
            if (entry.Value is KScalar { IsNull: false, Node.Kind: not Rampart.Loading.ScalarKind.String } scalar)
            {
                entry.Value = Scalars.String(scalar.Value, scalar);
            }
        }
    }

    private static RenderedObject ToRendered(Resource resource)
    {
        var root = TreeConversion.ToPositioned(resource.Root);
        var id = resource.CurrentId;
        var reference = new ResourceRef(id.Gvk.ApiVersion, id.Gvk.Kind, id.Namespace.Length == 0 ? null : id.Namespace, id.Name);
        return new RenderedObject(root, reference, resource.Source, resource.Chain);
    }
}
