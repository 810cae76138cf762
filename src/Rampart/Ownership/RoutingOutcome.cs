using Rampart.Findings;

namespace Rampart.Ownership;

/// <summary>What the matching routing rules give a finding: their owners (in rule order, without repeats) and the last responsibility one sets.</summary>
internal sealed record RoutingOutcome(IReadOnlyList<string> Owners, Responsibility? Responsibility)
{
    public static RoutingOutcome None { get; } = new([], null);
}
