using Rampart.Findings;

namespace Rampart.Configuration;

/// <summary>Which findings a <see cref="RuleProfile"/> holds: built-in policies by their Pod Security Standards aliases.</summary>
public static class RuleProfiles
{
    /// <summary>Whether a built-in policy's finding belongs to <paramref name="profile"/>, by its Pod Security Standards alias.</summary>
    public static bool Contains(RuleProfile profile, Finding finding) => profile switch
    {
        RuleProfile.PssBaseline => HasAlias(finding, "pss:baseline:"),
        RuleProfile.PssRestricted => HasAlias(finding, "pss:baseline:") || HasAlias(finding, "pss:restricted:"),
        RuleProfile.Hygiene => !HasAlias(finding, "pss:"),
        _ => true,
    };

    private static bool HasAlias(Finding finding, string prefix) =>
        finding.Aliases.Any(alias => alias.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
