using Rampart.Rendering.Kustomize.Config;
using Rampart.Rendering.Kustomize.Model;

namespace Rampart.Rendering.Kustomize.Bases;

/// <summary>
/// A base as built once, kept untouched for the builds that include it again: its resources (never handed out, only
/// copied), what it declared for its parent, and what it depended on.
/// </summary>
/// <param name="Resources">The base's resources, each with its chain of kustomizations from the base down.</param>
/// <param name="Config">The transformer configuration the parent merges in (only read).</param>
/// <param name="Vars">The vars the base declared.</param>
/// <param name="Entered">The real folders of every kustomization the build entered, the base's first (for cycles).</param>
/// <param name="Height">How many kustomizations deep the build went below the base (for the depth limit).</param>
/// <param name="Asked">Every path the build asked the files about.</param>
/// <param name="Read">Every file the build read, once each.</param>
/// <param name="Nodes">Tree nodes the resources hold (what the cache's memory bound counts).</param>
internal sealed record CachedBase(
    IReadOnlyList<Resource> Resources,
    TransformerConfig Config,
    IReadOnlyList<VarDefinition> Vars,
    IReadOnlyList<string> Entered,
    int Height,
    IReadOnlySet<string> Asked,
    IReadOnlyList<string> Read,
    long Nodes);
