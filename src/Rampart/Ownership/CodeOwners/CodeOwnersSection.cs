namespace Rampart.Ownership.CodeOwners;

/// <summary>
/// A GitLab section (GitHub files have a single unnamed one). <see cref="Rules"/> are in evaluation order:
/// GitLab keeps one entry per normalised pattern, at the place of its first line, with the last line's
/// owners.
/// </summary>
public sealed record CodeOwnersSection(string Name, bool Optional, int Approvals, IReadOnlyList<CodeOwner> DefaultOwners, int Line)
{
    public const string Unnamed = "";

    public IReadOnlyList<CodeOwnersRule> Rules { get; init; } = [];

    /// <summary>Entries written in the file but replaced by a later line with the same pattern in this section.</summary>
    public IReadOnlyList<CodeOwnersRule> ReplacedRules { get; init; } = [];
}
