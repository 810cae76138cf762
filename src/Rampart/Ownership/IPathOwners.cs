namespace Rampart.Ownership;

/// <summary>Who owns a path of the repository (CODEOWNERS or another source).</summary>
public interface IPathOwners
{
    /// <summary>The owners of <paramref name="relativePath"/> (forward slashes), empty when it is unowned.</summary>
    IReadOnlyList<string> OwnersOf(string relativePath);
}
