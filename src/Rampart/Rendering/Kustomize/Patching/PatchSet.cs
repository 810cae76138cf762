using Rampart.Loading;
using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Patching;

/// <summary>
/// The three ways a kustomization patches: <c>patchesStrategicMerge</c> (each patch finds its object by its own
/// id), <c>patches</c> (a strategic merge or JSON 6902 patch, from a file or inline, with an optional target
/// selector) and <c>patchesJson6902</c> (JSON patches with a target).
/// </summary>
internal static class PatchSet
{
    public static bool StrategicMergeFiles(KustomizationFile file, ResourceMap map)
    {
        if (file.Strings("patchesStrategicMerge") is not { } entries)
        {
            return false;
        }

        foreach (var (value, at) in entries)
        {
            if (Load(file, value, at) is not { } documents)
            {
                return false;
            }

            foreach (var document in documents)
            {
                if (document is not KMap patch || !ById(file, map, patch, at))
                {
                    return document is KMap || file.Fail("a strategic merge patch must be a mapping", document);
                }
            }
        }

        return true;
    }

    public static bool Patches(KustomizationFile file, ResourceMap map)
    {
        if (file.Maps("patches") is not { } entries)
        {
            return false;
        }

        foreach (var entry in entries)
        {
            if (!Patch(file, map, entry, json6902Only: false))
            {
                return false;
            }
        }

        return true;
    }

    public static bool Json6902Files(KustomizationFile file, ResourceMap map)
    {
        if (file.Maps("patchesJson6902") is not { } entries)
        {
            return false;
        }

        foreach (var entry in entries)
        {
            if (!Patch(file, map, entry, json6902Only: true))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One <c>patches</c> entry (also a PatchTransformer configuration): path or patch, target, options.</summary>
    public static bool Patch(KustomizationFile file, ResourceMap map, KMap entry, bool json6902Only)
    {
        var path = file.StringOf(entry["path"], "path");
        var inline = file.StringOf(entry["patch"], "patch");
        if (file.Context.Failed)
        {
            return false;
        }

        if ((path is null) == (inline is null))
        {
            return file.Fail("a patch needs exactly one of 'path' and 'patch'", entry);
        }

        var options = entry["options"] as KMap;
        var allowNameChange = options is not null && file.Bool(options, "allowNameChange") is true;
        var allowKindChange = options is not null && file.Bool(options, "allowKindChange") is true;
        var documents = path is not null ? Load(file, path, entry["path"]!, fileOnly: true) : InlineYaml.Documents(file, inline!, entry["patch"]!);
        if (documents is null)
        {
            return false;
        }

        PatchTarget? target = null;
        if (entry["target"] is KMap targetMap)
        {
            target = PatchTarget.Read(targetMap, out var error);
            if (target is null)
            {
                return file.Fail(error!, targetMap);
            }
        }

        if (documents.Count == 1 && documents[0] is KSequence operations)
        {
            if (target is null)
            {
                return file.Fail("a JSON 6902 patch needs a target", entry);
            }

            return Json(file, map, target, operations, entry);
        }

        if (json6902Only)
        {
            return file.Fail("patchesJson6902 holds a patch that is not a list of JSON patch operations", entry);
        }

        foreach (var document in documents)
        {
            if (document is not KMap patch)
            {
                return file.Fail("a strategic merge patch must be a mapping", document);
            }

            if (target is null)
            {
                if (!ById(file, map, patch, entry))
                {
                    return false;
                }

                continue;
            }

            var selected = target.Select(map, ref file.Context.TargetChecks);
            foreach (var resource in selected)
            {
                var copy = (KMap)patch.DeepCopy();
                var metadata = copy.Map("metadata");
                if (!allowNameChange || metadata?.Text("name") is null)
                {
                    metadata?.Set("name", resource.Metadata!["name"]!);
                }

                if (metadata is not null && resource.Metadata?["namespace"] is { } ns && metadata.Text("namespace") is null)
                {
                    metadata.Set("namespace", ns);
                }

                if (!allowKindChange || copy.Text("kind") is null)
                {
                    copy.Set("kind", resource.Root["kind"]!);
                    if (resource.Root["apiVersion"] is { } apiVersion)
                    {
                        copy.Set("apiVersion", apiVersion);
                    }
                }

                if (allowNameChange || allowKindChange)
                {
                    // As Kustomize does, the id before the patch is kept: later patches and name references find it.
                    resource.StorePreviousId();
                }

                Merge(file.Context, map, resource, copy);
            }

            map.Invalidate(selected);
        }

        return true;
    }

    private static bool Json(KustomizationFile file, ResourceMap map, PatchTarget target, KSequence operations, KNode at)
    {
        var selected = target.Select(map, ref file.Context.TargetChecks);
        foreach (var resource in selected)
        {
            // Kustomize keeps the id before every JSON patch: one may rename the object.
            resource.StorePreviousId();
            var (result, error, place) = JsonPatch.Apply(resource.Root, operations);
            if (result is null)
            {
                return file.Fail($"applying a JSON patch to {resource.CurrentId}: {error}", place ?? at);
            }

            resource.Root = result;
        }

        map.Invalidate(selected);
        return true;
    }

    /// <summary>Applies a patch to the one object that has, or had, the patch's own id.</summary>
    private static bool ById(KustomizationFile file, ResourceMap map, KMap patch, KNode at)
    {
        var id = new ResId(Gvk.Of(patch.Text("apiVersion"), patch.Text("kind")), patch.Map("metadata")?.Text("name") ?? "", patch.Map("metadata")?.Text("namespace") ?? "");
        var matches = map.ByAnyId(id);
        if (matches.Count > 1 && matches.FindAll(m => m.AllIds.Any(x => x.Matches(id))) is { Count: 1 } exact)
        {
            // Several objects share kind and name in different groups: the one of the patch's own group is meant.
            matches = exact;
        }

        if (matches.Count != 1)
        {
            return file.Fail(
                matches.Count == 0
                    ? $"no resource matches the strategic merge patch for {id}; failed to find unique target for patch"
                    : $"several resources match the strategic merge patch for {id}",
                patch);
        }

        // The patch names the object as it was written; what it patches is the object as it is now.
        var copy = (KMap)patch.DeepCopy();
        // Without allowKindChange the object keeps its kind, as Kustomize keeps it.
        copy.Set("kind", matches[0].Root["kind"]!);
        if (matches[0].Root["apiVersion"] is { } apiVersion)
        {
            copy.Set("apiVersion", apiVersion);
        }

        if (copy.Map("metadata") is { } metadata && matches[0].Metadata is { } current)
        {
            metadata.Set("name", current["name"]!);
            if (current["namespace"] is { } ns)
            {
                metadata.Set("namespace", ns);
            }
        }

        Merge(file.Context, map, matches[0], copy);
        map.Invalidate();
        return true;
    }

    private static void Merge(BuildContext context, ResourceMap map, Resource resource, KMap patch)
    {
        if (StrategicMerge.DeletesObject(patch))
        {
            map.Resources.Remove(resource);
            map.Invalidate();
            return;
        }

        var type = PatchSchema.Instance.TypeOf(resource.Root.Text("apiVersion") ?? "", resource.Root.Text("kind") ?? "");
        resource.Root = StrategicMerge.Apply(resource.Root, patch, type, inferKeys: context.CustomSchema);
    }

    /// <summary>The documents of a patch given as a file, or (for patchesStrategicMerge) inline.</summary>
    private static List<KNode>? Load(KustomizationFile file, string value, KNode at, bool fileOnly = false)
    {
        if (!fileOnly && (value.Contains('\n', StringComparison.Ordinal) || value.TrimStart().StartsWith('{')))
        {
            return InlineYaml.Documents(file, value, at);
        }

        if (SourceFiles.ReadText(file.Context, file.Directory, value, at, file.Path, out var path) is not { } text)
        {
            return null;
        }

        return ResourceReader.Documents(file.Context, path, text);
    }
}
