using System.Diagnostics.CodeAnalysis;

namespace Rampart.Configuration;

/// <summary>
/// Where a path named by a repository leads (<see cref="RepositoryPath.Resolve"/>): <see cref="FullPath"/>, a
/// real path inside the repository with no link left in it (which may not exist), or <see cref="Refusal"/>,
/// why it is not followed. Both are null when the walk cannot go on inside the repository (a file where a
/// folder is expected, a folder that cannot be read).
/// </summary>
public sealed record RepositoryPathResult(string? FullPath, string? Refusal)
{
    public static RepositoryPathResult Missing { get; } = new(null, null);

    [MemberNotNullWhen(true, nameof(FullPath))]
    public bool IsInside => FullPath is not null;

    public static RepositoryPathResult Inside(string fullPath) => new(fullPath, null);

    public static RepositoryPathResult Refused(string refusal) => new(null, refusal);
}
