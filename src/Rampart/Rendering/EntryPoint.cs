namespace Rampart.Rendering;

/// <summary>
/// One place where rendering starts. Its file and line are where findings on what it renders lead back to, its
/// owners are added to theirs, and it is part of their fingerprints, so one object rendered by two entry points
/// gives two findings.
/// </summary>
/// <param name="Kind">What the entry point is.</param>
/// <param name="File">The file that declares it, relative to the repository root with '/' separators: the Flux or
/// Argo CD object's file, the <c>kustomization.yaml</c>, or the <c>Chart.yaml</c>.</param>
/// <param name="Line">The line of the declaring object (1 for a kustomization or chart root).</param>
/// <param name="Name">How reports name it: <c>namespace/name</c> of the Flux or Argo CD object, or the folder of a root.</param>
/// <param name="Folder">The folder it renders, relative to the repository root ('.' for the root).</param>
public sealed record EntryPoint(EntryPointKind Kind, string File, int Line, string Name, string Folder);
