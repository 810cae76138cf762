using System.Security.Cryptography;
using System.Text;
using Rampart.Findings;

namespace Rampart.Secrets;

/// <summary>
/// Findings about secrets: the message shows at most the first four characters of the value (fewer for short ones),
/// and the value is otherwise kept only as a hash, the finding's discriminator, so the fingerprint is the rule and the
/// secret (not its line) and survives the line moving.
/// </summary>
public static class SecretFindings
{
    public static Finding Report(RuleDescriptor rule, string message, string value, SourceLocation location, ResourceRef? resource = null) =>
        rule.Report($"{message}: {Redact(value)}", location, resource) with { Discriminator = Hash(value) };

    /// <summary>The first four characters of a value of 16 or more, two of a value of 8 or more, none of a shorter one, then an ellipsis.</summary>
    public static string Redact(string value)
    {
        var shown = value.Length >= 16 ? 4 : value.Length >= 8 ? 2 : 0;
        return value[..shown] + "…";
    }

    /// <summary>A SHA-256 of the value (its first 16 bytes, hex), which tells two secrets apart without keeping either.</summary>
    public static string Hash(string value) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value))[..16]);
}
