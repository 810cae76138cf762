namespace Rampart.Secrets;

/// <summary>A check a secret must pass beyond its pattern (see <see cref="SecretChecks"/>).</summary>
public enum SecretCheck
{
    None,
    /// <summary>The last six characters are the CRC32 of the thirty before them in base62 (GitHub and npm tokens).</summary>
    GitHubChecksum,
    /// <summary>The first part decodes to a JSON header with an <c>alg</c> other than <c>none</c>.</summary>
    Jwt,
    /// <summary>A value of a generic assignment: not code (a call, a member, a type name), not a number or a boolean.</summary>
    Generic,
    /// <summary>The <c>user:password</c> of a URL: a password of four characters or more, not the user name again, not a placeholder.</summary>
    UrlUserInfo,
}
