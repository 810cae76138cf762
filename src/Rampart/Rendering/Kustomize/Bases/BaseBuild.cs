using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Files;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Bases;

/// <summary>
/// Builds a folder named under <c>resources</c> or <c>bases</c>, or copies it from the scan's
/// <see cref="KustomizeBaseCache"/> when it was built before and nothing it depended on differs for this build: the
/// files it read (a view may answer some paths itself), a cycle through the folders above it, the depth limit, and
/// the two build-wide settings a base's result depends on (a custom OpenAPI schema, transformer annotations).
/// </summary>
internal static class BaseBuild
{
    public static BuiltBase? Run(BuildContext context, string directory, KNode at, string referrer)
    {
        var cache = context.Bases;
        if (cache is not null && Independent(context) && cache.Find(directory, context.Options) is { } kept && Fits(context, kept))
        {
            cache.Served();
            return Replay(context, kept);
        }

        var depth = context.Stack.Count;
        var chain = context.Chain.Count;
        var entered = context.Entered.Count;
        var asked = context.Log?.Asked.Count ?? 0;
        var read = context.Log?.Read.Count ?? 0;
        var deepest = context.DeepestCall;
        context.DeepestCall = depth;
        var sub = KustTarget.Build(context, directory, at, referrer, null, component: false, out _);
        var height = context.DeepestCall - depth;
        context.DeepestCall = Math.Max(deepest, context.DeepestCall);
        if (sub is null)
        {
            return null;
        }

        if (cache is not null && context.Log is { } log)
        {
            cache.Built(directory);
            var nodes = sub.Resources.Sum(r => TreeSize.Of(r.Root));
            var depended = log.Asked.Skip(asked).ToHashSet(StringComparer.Ordinal);
            if (Independent(context) && cache.HasRoomFor(nodes) && !Shadowed(context, depended))
            {
                var resources = Strip(sub.Resources, chain);
                var files = log.Read.Skip(read).Distinct(StringComparer.Ordinal).ToList();
                cache.Keep(directory, context.Options, new CachedBase(resources, sub.Config, [.. sub.Vars], [.. context.Entered.Skip(entered)], height, depended, files, nodes));
            }
        }

        return new BuiltBase(sub.Resources, sub.Config, sub.Vars);
    }

    /// <summary>Whether a base's result would be the same in this build as in any other (no build-wide setting alters it).</summary>
    private static bool Independent(BuildContext context) => !context.CustomSchema && !context.RecordTransformations;

    /// <summary>Whether building the base here would have succeeded as it did, and read the same files.</summary>
    private static bool Fits(BuildContext context, CachedBase kept)
    {
        if (context.Stack.Count + kept.Height >= context.Options.MaxDepth || Shadowed(context, kept.Asked))
        {
            return false;
        }

        foreach (var folder in kept.Entered)
        {
            if (context.Stack.Exists(visited => KustomizePaths.IsWithin(visited, folder)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the build's files answer one of <paramref name="paths"/> otherwise than the repository.</summary>
    private static bool Shadowed(BuildContext context, IReadOnlySet<string> paths) =>
        context.View is { HasOwnPaths: true } view && paths.Any(view.HasOwn);

    private static BuiltBase Replay(BuildContext context, CachedBase kept)
    {
        context.Entered.AddRange(kept.Entered);
        context.DeepestCall = Math.Max(context.DeepestCall, context.Stack.Count + kept.Height);
        context.Log!.Replay(kept.Asked, kept.Read);
        var resources = new List<Resource>(kept.Resources.Count);
        IReadOnlyList<string>? keptChain = null;
        IReadOnlyList<string> chain = [];
        foreach (var resource in kept.Resources)
        {
            var copy = resource.Copy();
            if (!ReferenceEquals(resource.Chain, keptChain))
            {
                // The resources of one kustomization share its chain: the longer chain is made once for them all.
                keptChain = resource.Chain;
                chain = [.. context.Chain, .. resource.Chain];
            }

            copy.Chain = chain;
            resources.Add(copy);
        }

        return new BuiltBase(resources, kept.Config, kept.Vars);
    }

    /// <summary>
    /// Copies of the resources with their chains starting at the base (the kustomizations above it differ from build to
    /// build); equal chains become one list, so that a replay extends each once.
    /// </summary>
    private static List<Resource> Strip(List<Resource> built, int above)
    {
        var resources = new List<Resource>(built.Count);
        IReadOnlyList<string> last = [];
        var first = true;
        foreach (var resource in built)
        {
            var copy = resource.Copy();
            var stripped = resource.Chain.Skip(above);
            if (first || !stripped.SequenceEqual(last, StringComparer.Ordinal))
            {
                last = [.. stripped];
                first = false;
            }

            copy.Chain = last;
            resources.Add(copy);
        }

        return resources;
    }
}
