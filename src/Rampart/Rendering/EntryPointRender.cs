using Rampart.Findings;

namespace Rampart.Rendering;

/// <summary>What one entry point renders to.</summary>
/// <param name="EntryPoint">The entry point.</param>
/// <param name="Objects">The rendered objects; every node knows the file and line that set it.</param>
/// <param name="Findings">Problems met rendering, at their file and line (a build that fails renders no objects).</param>
/// <param name="SourceFiles">Every file the render read (kustomizations, bases, patches, templates, values), relative
/// to the repository root: such files are checked through what they render to, not on their own.</param>
/// <param name="NotChecked">What was not rendered and why, one sentence each (a chart from a Helm repository that is
/// not in the chart cache, a remote base), for the coverage summary.</param>
public sealed record EntryPointRender(
    EntryPoint EntryPoint,
    IReadOnlyList<RenderedObject> Objects,
    IReadOnlyList<Finding> Findings,
    IReadOnlyCollection<string> SourceFiles,
    IReadOnlyList<string> NotChecked);
