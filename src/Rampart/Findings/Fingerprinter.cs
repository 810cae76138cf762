using System.Security.Cryptography;
using System.Text;

namespace Rampart.Findings;

/// <summary>
/// Computes a finding's fingerprint from what identifies the problem: the rule, the resource (or the file
/// when there is none), the field with list items named by their <c>name</c> where they have one, the
/// package, and the analyzer's discriminator. The field is read from <see cref="Finding.StableFieldPath"/>, which
/// the analyze stage sets while the object's tree is at hand, and from the plain field path otherwise. Lines, columns, messages and the file of a resource are
/// left out, so the fingerprint survives lines inserted above, reformatting, other objects added and the
/// resource moving to another file, and changes when the problem is really a different one. A secret found in the
/// Git history (<see cref="Finding.Commit"/>) leaves its file out too: the rule and the secret's hash identify it.
/// </summary>
public static class Fingerprinter
{
    private const char Version = '1';

    public static string Compute(Finding finding)
    {
        var text = new StringBuilder(128);
        text.Append(Version).Append('\n').Append(finding.RuleId).Append('\n');
        // A secret of the history is the rule and the secret, whichever files and commits it went through.
        text.Append(finding.Resource is { } resource ? "resource:" + resource.Identity : finding.Commit is not null ? "history:" : "path:" + finding.Location.Path).Append('\n');
        if ((finding.StableFieldPath ?? finding.Location.FieldPath) is { } fieldPath)
        {
            text.Append(fieldPath);
        }

        text.Append('\n');
        if (finding.Package is { } package)
        {
            text.Append(package.Ecosystem).Append(':').Append(package.Name).Append('@').Append(package.Version);
        }

        text.Append('\n').Append(finding.Discriminator);
        if (finding.Origin is { } origin)
        {
            // Only rendered findings carry this line, so every other fingerprint stays as it was.
            text.Append("\nentry:").Append(origin.EntryPoint.Path).Append(':').Append(origin.EntryPointName);
        }
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
