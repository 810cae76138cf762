using Rampart.Ownership;

namespace Rampart.Audit;

/// <summary>Owners of a live object's path (<see cref="LiveObject.Path"/>): the CODEOWNERS owners of the Git path it was traced to.</summary>
internal sealed class TracedOwners(IReadOnlyDictionary<string, ObjectTrace> traces, IPathOwners? codeOwners) : IPathOwners
{
    public IReadOnlyList<string> OwnersOf(string relativePath) =>
        codeOwners is not null && traces.TryGetValue(relativePath, out var trace) && trace.GitPath is { } git ? codeOwners.OwnersOf(git) : [];
}
