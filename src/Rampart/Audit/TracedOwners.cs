using Rampart.Ownership;

namespace Rampart.Audit;

/// <summary>
/// Owners of a live object's path (<see cref="LiveObject.Path"/>): the CODEOWNERS owners of the Git path it was traced
/// to and of the file of the Flux or Argo CD object that deploys it, as a scan gives a rendered object's findings.
/// </summary>
internal sealed class TracedOwners(IReadOnlyDictionary<string, ObjectTrace> traces, IPathOwners? codeOwners) : IPathOwners
{
    public IReadOnlyList<string> OwnersOf(string relativePath)
    {
        if (codeOwners is null || !traces.TryGetValue(relativePath, out var trace) || trace.GitPath is not { } git)
        {
            return [];
        }

        var owners = codeOwners.OwnersOf(git);
        return trace.DeployerFile is { } deployer && deployer != git
            ? [.. owners.Concat(codeOwners.OwnersOf(deployer)).Distinct(StringComparer.OrdinalIgnoreCase)]
            : owners;
    }
}
