using System.Security.Cryptography;
using System.Text;
using Rampart.Dependencies.Database;

namespace Rampart.Rendering.Charts;

/// <summary>
/// Charts fetched from Helm repositories, kept in a folder so that scans and renders can use them offline:
/// <c>FOLDER/REPOSITORY-KEY/CHART/VERSION.tgz</c>, where the key is a digest of the repository's normalised URL
/// (its URL is written next to it in <c>repository.url</c>). Filled by <see cref="ChartPull"/>; read by the Flux
/// HelmRelease and Argo CD sources through <see cref="Find"/>.
/// </summary>
public sealed class ChartCache(string folder)
{
    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>
    /// The <c>charts</c> folder of Rampart's cache folder (<see cref="CacheFolder.Locate"/>: <paramref name="option"/>
    /// (<c>--cache-dir</c>), else <c>RAMPART_CACHE_DIR</c>, else <c>rampart</c> under the user's cache folder).
    /// </summary>
    public static ChartCache Locate(string? option, Func<string, string?> environment) =>
        new(Path.Combine(CacheFolder.Locate(option, environment), "charts"));

    /// <summary>
    /// The cached archive of <paramref name="chart"/> from <paramref name="repositoryUrl"/> at the exact version, or
    /// the newest cached one in the SemVer range (the newest stable one when none is given); null when there is none.
    /// </summary>
    public string? Find(string repositoryUrl, string chart, string? versionOrRange)
    {
        if (!IsSafeName(chart) || ChartFolder(repositoryUrl, chart) is not { } folder || !Directory.Exists(folder))
        {
            return null;
        }

        var versions = Directory.EnumerateFiles(folder, "*.tgz").Select(f => Path.GetFileNameWithoutExtension(f)!).Where(IsSafeName);
        return ChartVersions.Pick(versions, versionOrRange) is { } version ? Path.Combine(folder, version + ".tgz") : null;
    }

    /// <summary>Keeps <paramref name="archive"/> as <paramref name="chart"/> <paramref name="version"/> of the repository; returns its path.</summary>
    internal string Store(string repositoryUrl, string chart, string version, byte[] archive)
    {
        var folder = ChartFolder(repositoryUrl, chart) ?? throw new ArgumentException("not a repository URL", nameof(repositoryUrl));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(folder)!, "repository.url"), Normalize(repositoryUrl) + "\n");
        var target = Path.Combine(folder, version + ".tgz");
        var temporary = target + "." + Guid.NewGuid().ToString("N") + ".part";
        File.WriteAllBytes(temporary, archive);
        File.Move(temporary, target, overwrite: true);
        return target;
    }

    /// <summary>Whether a chart name or version can name a file of the cache: letters, digits, '.', '_', '+', '-', not starting with '.'.</summary>
    internal static bool IsSafeName(string name) =>
        name.Length is > 0 and <= 200 && name[0] != '.' && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '+' or '-');

    /// <summary>The URL as the cache keys it: trimmed, without a trailing '/', scheme and host in lower case; a local folder as its file URL.</summary>
    internal static string Normalize(string repositoryUrl)
    {
        var text = repositoryUrl.Trim().TrimEnd('/');
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && !uri.IsFile)
        {
            return uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant() + uri.PathAndQuery.TrimEnd('/');
        }

        return uri is { IsFile: true } ? new Uri(Path.GetFullPath(uri.LocalPath)).AbsoluteUri.TrimEnd('/') : new Uri(Path.GetFullPath(text)).AbsoluteUri.TrimEnd('/');
    }

    private string? ChartFolder(string repositoryUrl, string chart)
    {
        if (string.IsNullOrWhiteSpace(repositoryUrl) || !IsSafeName(chart))
        {
            return null;
        }

        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(repositoryUrl)));
        return Path.Combine(Folder, Convert.ToHexStringLower(digest.AsSpan(0, 12)), chart);
    }
}
