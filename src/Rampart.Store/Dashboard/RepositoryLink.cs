using System.Globalization;

namespace Rampart.Store.Dashboard;

/// <summary>
/// Fills <c>StoreOptions.LinkTemplate</c>: <c>{repository}</c>, <c>{branch}</c>, <c>{commit}</c>, <c>{path}</c> and
/// <c>{line}</c>, each URL-encoded (the slashes of a repository or path name stay slashes). The commit is the scan's,
/// else the branch. No template, or a link that is not http(s), gives no link.
/// </summary>
internal static class RepositoryLink
{
    public static string? Of(string? template, string repository, string branch, string? commit, string path, int? line)
    {
        if (string.IsNullOrEmpty(template))
        {
            return null;
        }

        var link = template
            .Replace("{repository}", Segments(repository), StringComparison.Ordinal)
            .Replace("{branch}", Segments(branch), StringComparison.Ordinal)
            .Replace("{commit}", commit is null ? Segments(branch) : Uri.EscapeDataString(commit), StringComparison.Ordinal)
            .Replace("{path}", Segments(path), StringComparison.Ordinal)
            .Replace("{line}", (line ?? 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? link : null;
    }

    private static string Segments(string text) => string.Join('/', text.Split('/').Select(Uri.EscapeDataString));
}
