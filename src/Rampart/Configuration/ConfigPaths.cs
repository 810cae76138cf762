using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Configuration;

/// <summary>
/// Checks the paths a configuration file names (<c>codeowners.path</c>, <c>scan.policies</c>,
/// <c>scan.schemas</c>). They are relative to the repository and stay inside it, whichever file names them:
/// an absolute path, a <c>..</c> above the root, a symbolic link out of it (for a folder: anywhere below it)
/// or a URL is an error at the value's line and column. A URL in <c>scan.schemas</c> is kept, because the
/// command line decides whether it may be fetched (<see cref="IsUrl"/>). With no <paramref name="root"/> the
/// paths are checked as written only.
/// </summary>
internal sealed class ConfigPaths(ConfigReader reader, string? root)
{
    /// <summary>Whether <paramref name="text"/> is a URL (any absolute URI that is not a file path), which a configuration file never makes the scan open.</summary>
    public static bool IsUrl(string text) => Uri.TryCreate(text, UriKind.Absolute, out var uri) && !uri.IsFile;

    public string? CodeOwners(Node? node)
    {
        var value = reader.String(node, "codeowners.path");
        return value is null || value.Equals("none", StringComparison.OrdinalIgnoreCase) || Check(node!, value, "codeowners.path", folder: false)
            ? value
            : null;
    }

    public IReadOnlyList<string> Folders(Node? node, string what)
    {
        var values = reader.Strings(node, what);
        foreach (var item in ConfigReader.Scalars(node))
        {
            Check(item, item.Text, what, folder: true);
        }

        return values;
    }

    public string? Schemas(Node? node)
    {
        var value = reader.String(node, "scan.schemas");
        if (value is not null && !IsUrl(value))
        {
            Check(node!, value, "scan.schemas", folder: true);
        }

        return value;
    }

    private bool Check(Node node, string value, string what, bool folder)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            reader.Error(node, $"{what} is empty");
            return false;
        }

        if (IsUrl(value))
        {
            reader.Error(node, $"{what} {QuotedText.Of(value)} is a URL; a configuration file names files inside the repository");
            return false;
        }

        var refusal = RepositoryPath.LeavesAsWritten(value);
        if (refusal is null && root is not null)
        {
            var resolved = RepositoryPath.Resolve(root, value);
            refusal = resolved.Refusal
                ?? (folder && resolved.IsInside && Directory.Exists(resolved.FullPath) ? RepositoryPath.LinkLeaving(root, resolved.FullPath) : null);
        }

        if (refusal is not null)
        {
            reader.Error(node, $"{what}: {refusal}; not read");
            return false;
        }

        return true;
    }
}
