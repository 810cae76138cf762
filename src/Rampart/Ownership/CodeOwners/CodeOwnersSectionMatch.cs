namespace Rampart.Ownership.CodeOwners;

/// <summary>The entry that decided a path within one section, and the owners it gives.</summary>
public sealed record CodeOwnersSectionMatch(string Section, CodeOwnersRule Rule, IReadOnlyList<string> Owners, bool Optional, int Approvals);
