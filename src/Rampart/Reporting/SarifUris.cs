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
