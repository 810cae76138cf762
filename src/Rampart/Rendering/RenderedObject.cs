using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Rendering;

/// <summary>
/// One object a build renders. Every node of <see cref="Root"/> knows where it was set: <see cref="Node.Origin"/>
/// names the file (the base, the patch, the kustomization whose <c>images:</c> or <c>namePrefix</c> set it) and
/// <see cref="Node.Start"/> the line in it.
/// </summary>
/// <param name="Root">The rendered object.</param>
/// <param name="Resource">Its rendered identity (name prefix, namespace and hash suffix applied).</param>
/// <param name="Source">The file the object was read from, or the kustomization that generated it.</param>
/// <param name="Chain">The kustomization files from the entry point down to the one that read or generated it.</param>
public sealed record RenderedObject(MappingNode Root, ResourceRef Resource, string Source, IReadOnlyList<string> Chain);
