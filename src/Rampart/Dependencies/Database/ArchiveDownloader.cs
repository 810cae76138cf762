using System.Net;

namespace Rampart.Dependencies.Database;

/// <summary>
/// Downloads one archive to a file, within <see cref="ArchiveLimits.DownloadTimeout"/> and
/// <see cref="ArchiveLimits.MaxArchiveBytes"/>. Redirects are followed only to HTTP(S) (the handler never follows one
/// to <c>file:</c>). Never throws for a failed download: the result says why.
/// </summary>
internal static class ArchiveDownloader
{
    public static async Task<(bool NotFound, string? Error)> DownloadAsync(HttpClient http, Uri uri, string file, ArchiveLimits limits, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(limits.DownloadTimeout);
        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return (true, $"{uri}: not found (HTTP 404)");
            }

            if (!response.IsSuccessStatusCode)
            {
                return (false, $"{uri}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            if (response.RequestMessage?.RequestUri is { } final && final.Scheme != Uri.UriSchemeHttp && final.Scheme != Uri.UriSchemeHttps)
            {
                return (false, $"{uri}: redirected to {final.Scheme}:, which is not followed");
            }

            if (response.Content.Headers.ContentLength > limits.MaxArchiveBytes)
            {
                return (false, TooLarge(uri, limits));
            }

            var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                var target = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                await using (target.ConfigureAwait(false))
                {
                    var chunk = new byte[81920];
                    int read;
                    while ((read = await body.ReadAsync(chunk, timeout.Token).ConfigureAwait(false)) > 0)
                    {
                        if (target.Length + read > limits.MaxArchiveBytes)
                        {
                            return (false, TooLarge(uri, limits));
                        }

                        await target.WriteAsync(chunk.AsMemory(0, read), timeout.Token).ConfigureAwait(false);
                    }
                }
            }

            return (false, null);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return (false, $"{uri}: no complete answer within {limits.DownloadTimeout.TotalMinutes:0.#} min");
        }
        catch (HttpRequestException e)
        {
            return (false, $"{uri}: {e.Message}");
        }
        catch (IOException e)
        {
            return (false, $"{uri}: {e.Message}");
        }
    }

    private static string TooLarge(Uri uri, ArchiveLimits limits) => $"{uri}: larger than the limit of {limits.MaxArchiveBytes:N0} bytes";
}
