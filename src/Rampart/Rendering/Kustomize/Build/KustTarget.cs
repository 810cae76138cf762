using Rampart.Rendering.Kustomize.Bases;
using Rampart.Rendering.Kustomize.Files;
using Rampart.Rendering.Kustomize.Generators;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Patching;
using Rampart.Rendering.Kustomize.Plugins;
using Rampart.Rendering.Kustomize.Transformers;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Build;

/// <summary>
/// One kustomization being built, as Kustomize accumulates it: resources (files and bases, recursively), the
/// transformer configuration, generators, components, then its transformers in Kustomize's order, then its vars.
/// </summary>
internal sealed class KustTarget(KustomizationFile file)
{
    private BuildContext Context => file.Context;

    /// <summary>
    /// Builds the kustomization of <paramref name="directory"/> into <paramref name="into"/> (a component works on its
    /// parent's resources) or into a map of its own; <paramref name="component"/> null (the entry point) takes either
    /// kind. Null after a failure.
    /// </summary>
    public static ResourceMap? Build(BuildContext context, string directory, KNode? at, string referrer, ResourceMap? into, bool? component, out KustomizationFile? kustomization)
    {
        kustomization = null;
        context.DeepestCall = Math.Max(context.DeepestCall, context.Stack.Count);
        var real = context.Files.RealPath(directory) ?? directory;
        if (context.Stack.Find(visited => KustomizePaths.IsWithin(visited, real)) is { } contained)
        {
            context.Fail($"cycle detected: candidate root '{KustomizePaths.Show(real)}' contains visited root '{KustomizePaths.Show(contained)}'", at, referrer, KustomizeRules.Cycle);
            return null;
        }

        if (context.Stack.Count >= context.Options.MaxDepth)
        {
            context.Fail($"kustomizations nest deeper than the limit of {context.Options.MaxDepth}", at, referrer, KustomizeRules.Limit);
            return null;
        }

        kustomization = KustomizationFile.Load(context, directory, at, referrer);
        if (kustomization is null)
        {
            return null;
        }

        if (component is { } expected && expected != kustomization.IsComponent)
        {
            context.Fail(
                expected
                    ? $"expected kind 'Component' for path '{KustomizePaths.Show(directory)}'"
                    : $"expected kind != 'Component' for path '{KustomizePaths.Show(directory)}': a component is listed under components, not resources",
                at, referrer);
            return null;
        }

        if (context.Stack.Count == 0)
        {
            context.TopDirectory = kustomization.Directory;
            context.RecordTransformations = kustomization.Root["buildMetadata"] is KSequence metadata
                && metadata.Items.Any(item => item is KScalar { Value: "transformerAnnotations" });
        }

        context.Stack.Add(real);
        context.Entered.Add(real);
        context.Chain.Add(kustomization.Path);
        var result = new KustTarget(kustomization).Accumulate(into ?? new ResourceMap());
        context.Stack.RemoveAt(context.Stack.Count - 1);
        context.Chain.RemoveAt(context.Chain.Count - 1);
        return result;
    }

    private ResourceMap? Accumulate(ResourceMap map)
    {
        var resources = file.Strings("resources");
        var bases = file.Strings("bases");
        if (resources is null || bases is null)
        {
            return null;
        }

        foreach (var (value, at) in resources.Concat(bases))
        {
            if (!AccumulateResource(map, value, at))
            {
                return null;
            }
        }

        if (!ConfigurationFiles.Load(file, map) || !Generated.Run(file, map) || !BuiltinPlugins.Generators(file, map))
        {
            return null;
        }

        var components = file.Strings("components");
        if (components is null)
        {
            return null;
        }

        foreach (var (value, at) in components)
        {
            if (SourceFiles.Resolve(Context, file.Directory, value, at, file.Path) is not { } path
                || Build(Context, path, at, file.Path, map, component: true, out _) is null)
            {
                return null;
            }
        }

        if (!Transform(map))
        {
            return null;
        }

        return VarDefinitions.Read(file, map) ? map : null;
    }

    private bool Transform(ResourceMap map)
    {
        map.Invalidate();
        var done = Transformations(map);
        map.Invalidate();
        return done;
    }

    private bool Transformations(ResourceMap map) =>
        PatchSet.StrategicMergeFiles(file, map)
        && PatchSet.Patches(file, map)
        && NamespaceTransformer.Run(file, map)
        && NameAffixTransformer.Run(file, map)
        && LabelTransformer.Run(file, map)
        && PatchSet.Json6902Files(file, map)
        && ReplicaTransformer.Run(file, map)
        && ImageTransformer.Run(file, map)
        && ReplacementTransformer.Run(file, map)
        && RecordFields(map)
        && BuiltinPlugins.Transformers(file, map);

    private bool RecordFields(ResourceMap map)
    {
        TransformerAnnotations.RecordFields(file, map);
        return true;
    }

    private bool AccumulateResource(ResourceMap map, string value, KNode at)
    {
        if (IsRemote(value))
        {
            return Context.Fail($"'{value}' is a remote resource; remote bases are not fetched, so what it holds was not rendered", at, file.Path, KustomizeRules.MissingFile);
        }

        if (SourceFiles.Resolve(Context, file.Directory, value, at, file.Path) is not { } path)
        {
            return false;
        }

        switch (Context.Files.Kind(path))
        {
            case EntryKind.File:
                if (SourceFiles.ReadText(Context, file.Directory, value, at, file.Path, out _) is not { } text
                    || ResourceReader.Resources(Context, path, text) is not { } read)
                {
                    return false;
                }

                return read.All(resource => Append(map, resource));
            case EntryKind.Directory:
                if (BaseBuild.Run(Context, path, at, file.Path) is not { } sub)
                {
                    return false;
                }

                map.Config.Merge(sub.Config);
                foreach (var variable in sub.Vars)
                {
                    if (map.Vars.Exists(v => v.Name == variable.Name))
                    {
                        return Context.Fail($"var '{variable.Name}' already encountered", variable.At, file.Path);
                    }

                    map.Vars.Add(variable);
                }

                return sub.Resources.All(resource => AppendBuilt(map, resource));
            case EntryKind.Outside:
                return Context.Fail($"'{value}' leads outside the repository (a symbolic link out of it); nothing outside it is read", at, file.Path, KustomizeRules.OutsideRoot);
            default:
                return Context.Fail($"accumulating resources: '{value}' does not exist (neither a file nor a folder with a kustomization)", at, file.Path, KustomizeRules.MissingFile);
        }
    }

    private bool Append(ResourceMap map, Resource resource)
    {
        resource.Chain = [.. Context.Chain];
        return AppendBuilt(map, resource);
    }

    private bool AppendBuilt(ResourceMap map, Resource resource)
    {
        if (map.Resources.Count >= Context.Options.MaxResources)
        {
            return Context.Fail($"the build holds more than the limit of {Context.Options.MaxResources:N0} resources", resource.Root, resource.Source, KustomizeRules.Limit);
        }

        if (map.ByCurrentId(resource.CurrentId) is not null)
        {
            return Context.Fail($"may not add resource with an already registered id: {resource.CurrentId}", resource.Root, resource.Source);
        }

        map.Add(resource);
        return true;
    }

    private static bool IsRemote(string value) =>
        value.Contains("://", StringComparison.Ordinal) || value.StartsWith("github.com/", StringComparison.Ordinal)
        || value.StartsWith("git@", StringComparison.Ordinal) || value.StartsWith("gitlab.com/", StringComparison.Ordinal);
}
