using System.Security.Cryptography;
using System.Text;
using Rampart.Rendering.Helm;

namespace Rampart.Rendering.Charts;

/// <summary>
/// Fetches a chart into a <see cref="ChartCache"/>: reads the repository's <c>index.yaml</c> (over HTTP(S), or from a
/// local folder laid out as a Helm repository), picks the version as Helm does, downloads the archive within a size
/// limit, checks its sha256 digest when the index gives one and that it reads as a chart archive (no entry outside
/// the chart's folder), and keeps it. Every failure (unreachable, not found, corrupt) is an answer, never an exception.
/// </summary>
public sealed class ChartPull(ChartCache cache, HttpClient http)
{
    /// <summary>Largest index.yaml read.</summary>
    public long MaxIndexBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Largest chart archive downloaded.</summary>
    public long MaxArchiveBytes { get; init; } = 32L * 1024 * 1024;

    public async Task<ChartPullResult> PullAsync(string repositoryUrl, string chart, string? versionOrRange, CancellationToken cancellation)
    {
        if (!ChartCache.IsSafeName(chart))
        {
            return ChartPullResult.Failed($"'{chart}' is not a chart name");
        }

        var (index, error) = await FetchAsync(repositoryUrl, "index.yaml", MaxIndexBytes, cancellation).ConfigureAwait(false);
        if (index is null)
        {
            return ChartPullResult.Failed(error!);
        }

        var entries = ChartRepositoryIndex.Read(Encoding.UTF8.GetString(index), chart, out error);
        if (entries is null)
        {
            return ChartPullResult.Failed($"{repositoryUrl}: {error}");
        }

        if (entries.Count == 0)
        {
            return ChartPullResult.Failed($"{repositoryUrl} has no chart named '{chart}'");
        }

        var version = ChartVersions.Pick(entries.Select(e => e.Version), versionOrRange);
        if (version is null || entries.First(e => e.Version == version) is not { Urls.Count: > 0 } entry)
        {
            var listed = string.Join(", ", entries.Select(e => e.Version).Take(10));
            return ChartPullResult.Failed($"{repositoryUrl}: no version of '{chart}' matches '{versionOrRange}' (listed: {listed})");
        }

        if (!ChartCache.IsSafeName(version))
        {
            return ChartPullResult.Failed($"{repositoryUrl}: '{chart}' version '{version}' cannot name a file of the cache");
        }

        var (archive, fetchError) = await FetchAsync(repositoryUrl, entry.Urls[0], MaxArchiveBytes, cancellation).ConfigureAwait(false);
        if (archive is null)
        {
            return ChartPullResult.Failed(fetchError!);
        }

        if (entry.Digest is { } digest && !string.Equals(Convert.ToHexStringLower(SHA256.HashData(archive)), digest.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return ChartPullResult.Failed($"{entry.Urls[0]}: the archive's sha256 digest is not the index's {digest}; it was not kept");
        }

        var problems = new List<RenderProblem>();
        var files = ChartArchive.Read(new MemoryStream(archive), entry.Urls[0], ChartLimits.Default, new ChartArchive.Budget(ChartLimits.Default), problems);
        if (files is null || problems.Count > 0)
        {
            return ChartPullResult.Failed($"{entry.Urls[0]} is not a chart archive that can be kept: {problems.FirstOrDefault()?.Message ?? "it cannot be read"}");
        }

        if (!files.ContainsKey("Chart.yaml"))
        {
            return ChartPullResult.Failed($"{entry.Urls[0]} holds no Chart.yaml: it is not a chart archive");
        }

        return new ChartPullResult(cache.Store(repositoryUrl, chart, version, archive), version, null);
    }

    /// <summary>The bytes at <paramref name="reference"/> (absolute, or relative to the repository), or why they cannot be had.</summary>
    private async Task<(byte[]? Bytes, string? Error)> FetchAsync(string repositoryUrl, string reference, long limit, CancellationToken cancellation)
    {
        if (Uri.TryCreate(reference, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return await DownloadAsync(absolute, limit, cancellation).ConfigureAwait(false);
        }

        if (Uri.TryCreate(repositoryUrl.Trim(), UriKind.Absolute, out var repository) && repository.Scheme is "http" or "https")
        {
            var folder = repository.AbsoluteUri.EndsWith('/') ? repository : new Uri(repository.AbsoluteUri + "/");
            return await DownloadAsync(new Uri(folder, reference), limit, cancellation).ConfigureAwait(false);
        }

        return ReadLocal(repositoryUrl, reference, limit);
    }

    private async Task<(byte[]?, string?)> DownloadAsync(Uri url, long limit, CancellationToken cancellation)
    {
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return (null, $"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            if (response.Content.Headers.ContentLength > limit)
            {
                return (null, $"{url} is larger than {limit} bytes; it was not downloaded");
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellation).ConfigureAwait(false)) > 0)
            {
                if (copy.Length + read > limit)
                {
                    return (null, $"{url} is larger than {limit} bytes; it was not downloaded");
                }

                copy.Write(buffer, 0, read);
            }

            return (copy.ToArray(), null);
        }
        catch (HttpRequestException e)
        {
            return (null, $"cannot reach {url}: {e.Message}");
        }
        catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return (null, $"cannot reach {url}: no answer in time");
        }
        catch (IOException e)
        {
            return (null, $"cannot read {url}: {e.Message}");
        }
    }

    /// <summary>A file of a repository laid out in a local folder; nothing outside that folder is read.</summary>
    private static (byte[]?, string?) ReadLocal(string repositoryUrl, string reference, long limit)
    {
        var root = Uri.TryCreate(repositoryUrl.Trim(), UriKind.Absolute, out var uri) && uri.IsFile ? uri.LocalPath : repositoryUrl.Trim();
        if (!Directory.Exists(root))
        {
            return (null, $"'{repositoryUrl}' is neither an HTTP(S) Helm repository nor a folder");
        }

        var full = Path.GetFullPath(Path.Combine(root, reference));
        var folder = Path.GetFullPath(root);
        if (!full.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return (null, $"'{reference}' leads outside the repository folder '{repositoryUrl}'; it was not read");
        }

        try
        {
            var info = new FileInfo(full);
            if (!info.Exists)
            {
                return (null, $"'{full}' does not exist");
            }

            return info.Length > limit ? (null, $"'{full}' is larger than {limit} bytes; it was not read") : (File.ReadAllBytes(full), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read '{full}': {e.Message}");
        }
    }
}
