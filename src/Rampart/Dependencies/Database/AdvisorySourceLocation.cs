namespace Rampart.Dependencies.Database;

/// <summary>
/// Where <c>rampart db update</c> reads from: an HTTP(S) base URL laid out as OSV's bucket
/// (<c>BASE/ECOSYSTEM/all.zip</c>), or a local folder (a path or a <c>file://</c> URL) that is either laid out the
/// same way or holds OSV JSON files.
/// </summary>
public sealed record AdvisorySourceLocation(Uri? BaseUrl, string? Folder)
{
    /// <summary>OSV's public data bucket.</summary>
    public const string DefaultUrl = "https://osv-vulnerabilities.storage.googleapis.com";

    /// <summary>The location <paramref name="source"/> names, or an error.</summary>
    public static (AdvisorySourceLocation? Location, string? Error) Parse(string source)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme.Length > 1)
        {
            if (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            {
                return (new AdvisorySourceLocation(uri, null), null);
            }

            if (!uri.IsFile)
            {
                return (null, $"source '{source}': only http, https and file URLs or a folder are accepted");
            }

            source = uri.LocalPath;
        }

        return Directory.Exists(source)
            ? (new AdvisorySourceLocation(null, Path.GetFullPath(source)), null)
            : (null, $"source '{source}': no such folder");
    }

    /// <summary>Where <paramref name="ecosystem"/>'s archive is: a URL, or a file of the folder (null when the folder holds no such archive).</summary>
    public string? ArchiveOf(string ecosystem)
    {
        if (BaseUrl is not null)
        {
            return $"{BaseUrl.AbsoluteUri.TrimEnd('/')}/{Uri.EscapeDataString(ecosystem)}/all.zip";
        }

        var file = Path.Combine(Folder!, ecosystem, "all.zip");
        return File.Exists(file) ? file : null;
    }
}
