using System.Text;

namespace Rampart.Reporting;

/// <summary>URIs in SARIF: relative references for findings' paths, a file URI for the repository root.</summary>
internal static class SarifUris
{
    /// <summary>
    /// A relative URI reference for a relative path: each segment percent-encoded as UTF-8, except the
    /// unreserved characters of RFC 3986, so that spaces, <c>#</c>, <c>%</c> and non-ASCII names survive.
    /// </summary>
    public static string RelativeReference(string path)
    {
        var builder = new StringBuilder(path.Length + 8);
        Span<byte> bytes = stackalloc byte[4];
        var text = ReportText.WellFormed(path);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '/' || IsUnreserved(c))
            {
                builder.Append(c);
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < text.Length
                ? Encoding.UTF8.GetBytes(text.AsSpan(i++, 2), bytes)
                : Encoding.UTF8.GetBytes(text.AsSpan(i, 1), bytes);
            foreach (var b in bytes[..length])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="path"/> (relative to the scanned folder) as a path from the repository root, given the
    /// folder's <paramref name="prefix"/> there: <c>deploy/</c> and <c>apps/web.yaml</c> give
    /// <c>deploy/apps/web.yaml</c>, and <c>../.github/CODEOWNERS</c> gives <c>.github/CODEOWNERS</c>. A <c>..</c>
    /// that climbs above the root is kept.
    /// </summary>
    public static string FromRoot(string prefix, string path)
    {
        if (prefix.Length == 0)
        {
            return path;
        }

        var segments = new List<string>(prefix.Split('/', StringSplitOptions.RemoveEmptyEntries));
        var climbs = 0;
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
                else
                {
                    climbs++;
                }
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Concat(Enumerable.Repeat("../", climbs)) + string.Join('/', segments);
    }

    /// <summary>The <c>file:</c> URI of an absolute directory, ending with a slash; null for a relative path.</summary>
    public static string? DirectoryUri(string directory)
    {
        if (!Path.IsPathFullyQualified(directory) || !Uri.TryCreate(directory, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var text = uri.AbsoluteUri;
        return text.EndsWith('/') ? text : text + "/";
    }

    /// <summary>Whether a documentation link can go into a SARIF <c>uri</c> property as it is.</summary>
    public static bool IsAbsoluteWebUri(string? link) =>
        link is not null
        && Uri.TryCreate(link, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool IsUnreserved(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';
}
