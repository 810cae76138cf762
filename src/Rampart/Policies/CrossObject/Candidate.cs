using Rampart.Findings;

namespace Rampart.Policies.CrossObject;

/// <summary>
/// A finding an object gets if another object shares its key, kept without its rule and message (the group gives
/// both): where its suppressions and the move to the line that set a rendered field put it, decided while the object
/// was at hand. The finding itself is made only for a key seen twice.
/// </summary>
internal sealed record Candidate(
    SourceLocation Location, ResourceRef? Resource, FindingStatus Status, string? StatusReason, string? StableFieldPath, RenderOrigin? Origin)
{
    /// <summary>The object as messages name it (<c>namespace/name</c>); members of a group with the same identity are one object.</summary>
    public string Identity => $"{Resource?.Namespace ?? "default"}/{Resource?.Name}";

    /// <summary>The parts of <paramref name="decided"/> its object decided.</summary>
    public static Candidate Of(Finding decided) =>
        new(decided.Location, decided.Resource, decided.Status, decided.StatusReason, decided.StableFieldPath, decided.Origin);

    /// <summary>The finding of <paramref name="rule"/> with <paramref name="message"/>, as the object decided it.</summary>
    public Finding Finding(RuleDescriptor rule, string message) => rule.Report(message, Location, Resource) with
    {
        Status = Status,
        StatusReason = StatusReason,
        StableFieldPath = StableFieldPath,
        Origin = Origin,
    };
}
