namespace Rampart.Ownership.CodeOwners;

/// <summary>
/// The owners of one path. For GitHub there is at most one section match (the last matching line); for
/// GitLab one per section that matched and did not exclude the path.
/// </summary>
public sealed record CodeOwnersResult(string Path, IReadOnlyList<CodeOwnersSectionMatch> Sections)
{
    /// <summary>Every owner of every matching section, in order, without repeats (gathered once: a scan asks for every finding).</summary>
    public IReadOnlyList<string> Owners { get; } = [.. Sections.SelectMany(s => s.Owners).Distinct(StringComparer.Ordinal)];

    /// <summary>Some line matched (even one without owners, which leaves the path unowned).</summary>
    public bool Matched => Sections.Count > 0;

    /// <summary>No owner at all: no line matched, or the deciding line names none.</summary>
    public bool Unowned => Owners.Count == 0;

    /// <summary>GitLab: approvals needed, summed over the required sections that have owners.</summary>
    public int RequiredApprovals => Sections.Where(s => !s.Optional && s.Owners.Count > 0).Sum(s => s.Approvals);
}
