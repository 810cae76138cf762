namespace Rampart.Findings;

/// <summary>
/// How a finding on a rendered object was reached: the entry point that rendered it (a kustomization root, a chart,
/// a Flux or Argo CD object) and the files from there to the one that set the offending field. Set only for findings
/// on rendered objects; their <see cref="Finding.Location"/> is in the last file of <see cref="Files"/>.
/// </summary>
/// <param name="EntryPointKind">What the entry point is, as reports name it (<c>kustomization</c>, <c>fluxKustomization</c>, …).</param>
/// <param name="EntryPointName">How reports name the entry point (a folder, or <c>namespace/name</c> of a Flux or Argo CD object).</param>
/// <param name="EntryPoint">The file and line that declare the entry point.</param>
/// <param name="Files">The chain of files, relative to the scan root: the entry point's file, the kustomizations read on
/// the way, the file the object was read from, and the file that set the field when it is another one (a patch).</param>
public sealed record RenderOrigin(string EntryPointKind, string EntryPointName, SourceLocation EntryPoint, IReadOnlyList<string> Files);
