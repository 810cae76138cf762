namespace Rampart.Ownership.CodeOwners;

/// <summary>How one section decided a path: every line in file order, the winning line, and its owners.</summary>
public sealed record CodeOwnersSectionExplanation(
    string Name,
    bool Optional,
    int Approvals,
    IReadOnlyList<CodeOwnersLineExplanation> Lines,
    int? WinningLine,
    bool Excluded,
    IReadOnlyList<string> Owners);
