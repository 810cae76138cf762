namespace Rampart.Audit;

/// <summary>
/// Where a live object comes from in Git: <see cref="GitPath"/> (the file that defines it, else the folder or file the
/// GitOps object deploys), <see cref="Via"/> (the Flux Kustomization, HelmRelease or Argo CD Application, and its file),
/// or, when it cannot be traced, <see cref="Untraced"/> says why.
/// </summary>
public sealed record ObjectTrace(string? GitPath, string? Via, string? Untraced)
{
    /// <summary>The line of <see cref="GitPath"/> where the object begins, when the object was found in what its deployer renders.</summary>
    public int? Line { get; init; }

    /// <summary>The file of the Flux or Argo CD object that deploys it: its owners are the object's owners too.</summary>
    public string? DeployerFile { get; init; }

    public static ObjectTrace Unknown(string reason) => new(null, null, reason);
}
