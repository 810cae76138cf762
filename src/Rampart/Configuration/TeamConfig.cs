using Rampart.Findings;

namespace Rampart.Configuration;

/// <summary>
/// A team of the responsibility matrix. <see cref="Handles"/> are the identities CODEOWNERS uses for the
/// team (<c>@acme/platform</c>); <see cref="Members"/> are the people who may approve waivers on its behalf.
/// </summary>
public sealed record TeamConfig
{
    public required string Name { get; init; }
    public IReadOnlyList<string> Handles { get; init; } = [];
    public IReadOnlyList<string> Members { get; init; } = [];
    public string? Contact { get; init; }
    /// <summary>The side of the shared-responsibility model the team carries, if it carries one.</summary>
    public Responsibility? Responsibility { get; init; }
    public GateThresholds Gate { get; init; } = GateThresholds.None;

    /// <summary>True when <paramref name="owner"/> (a handle or the team's name) names this team.</summary>
    public bool IsNamedBy(string owner) =>
        string.Equals(owner, Name, StringComparison.OrdinalIgnoreCase)
        || Handles.Any(h => string.Equals(h, owner, StringComparison.OrdinalIgnoreCase));

    public bool HasMember(string person) =>
        Members.Any(m => string.Equals(m, person, StringComparison.OrdinalIgnoreCase))
        || IsNamedBy(person);
}
