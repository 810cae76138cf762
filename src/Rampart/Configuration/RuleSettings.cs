using Rampart.Findings;

namespace Rampart.Configuration;

/// <summary>
/// Which rules report and at what severity: <c>rules</c> of <c>rampart.yaml</c> (<see cref="Profiles"/>,
/// <see cref="Enable"/>, <see cref="Disable"/>, <see cref="Severities"/>) with the command line's <c>--rule</c>
/// (<see cref="Only"/>) and <c>--skip-rule</c> (added to <see cref="Disable"/>) merged in.
/// </summary>
public sealed record RuleSettings
{
    public static RuleSettings Default { get; } = new();

    /// <summary>The profiles whose built-in policies run; empty means <see cref="RuleProfile.All"/>.</summary>
    public IReadOnlyList<RuleProfile> Profiles { get; init; } = [];

    /// <summary>Rules switched on whatever the profile or <see cref="Disable"/> says.</summary>
    public IReadOnlyList<RuleSelector> Enable { get; init; } = [];

    /// <summary>Rules switched off.</summary>
    public IReadOnlyList<RuleSelector> Disable { get; init; } = [];

    /// <summary>Severity overrides, the first that matches a finding applies.</summary>
    public IReadOnlyList<(RuleSelector Selector, Severity Severity)> Severities { get; init; } = [];

    /// <summary>
    /// <c>--rule</c>: when not empty, only the checks these select run, whatever the profile, <see cref="Enable"/> and
    /// <see cref="Disable"/> of the configuration say (<c>--skip-rule</c> still applies).
    /// </summary>
    public IReadOnlyList<RuleSelector> Only { get; init; } = [];

    /// <summary><c>--skip-rule</c>: switched off whatever else is said.</summary>
    public IReadOnlyList<RuleSelector> Skip { get; init; } = [];

    public bool IsDefault => Profiles.Count == 0 && Enable.Count == 0 && Disable.Count == 0 && Severities.Count == 0 && Only.Count == 0 && Skip.Count == 0;
}
