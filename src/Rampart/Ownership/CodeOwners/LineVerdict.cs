namespace Rampart.Ownership.CodeOwners;

/// <summary>What one CODEOWNERS line did for a path.</summary>
public enum LineVerdict
{
    /// <summary>The last matching line of its section: it decides the owners.</summary>
    Won,
    /// <summary>Matches, but a later matching line in the same section decides.</summary>
    Overridden,
    /// <summary>A GitLab exclusion that matches: the section does not apply to the path.</summary>
    Excludes,
    /// <summary>Matches, but an exclusion in the same section exempts the path (GitLab).</summary>
    Exempted,
    /// <summary>The pattern does not match the path.</summary>
    NotMatched,
    /// <summary>A GitLab entry replaced by a later line with the same pattern in the same section.</summary>
    Replaced,
    /// <summary>An invalid line the platform skips.</summary>
    Skipped,
}
