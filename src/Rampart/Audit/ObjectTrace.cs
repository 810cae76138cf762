namespace Rampart.Audit;

/// <summary>
/// Where a live object comes from in Git: <see cref="GitPath"/> (the file that defines it, else the folder or file the
/// GitOps object deploys), <see cref="Via"/> (the Flux Kustomization, HelmRelease or Argo CD Application, and its file),
/// or, when it cannot be traced, <see cref="Untraced"/> says why.
/// </summary>
public sealed record ObjectTrace(string? GitPath, string? Via, string? Untraced)
{
    public static ObjectTrace Unknown(string reason) => new(null, null, reason);
}
