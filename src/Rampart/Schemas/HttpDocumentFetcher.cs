using System.Net;

namespace Rampart.Schemas;

/// <summary>
/// Downloads documents with a timeout per request, a size limit, and retries with back-off for network errors,
/// timeouts and server errors. Never throws for a failed download: the result names the URL and the reason.
/// </summary>
public sealed class HttpDocumentFetcher(HttpClient http, FetchLimits limits)
{
    public FetchLimits Limits { get; } = limits;

    public async Task<FetchResult> FetchAsync(Uri uri, CancellationToken cancellation)
    {
        var attempts = Math.Max(1, Limits.Attempts);
        var delay = Limits.RetryDelay;
        string? error = null;
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(delay, cancellation).ConfigureAwait(false);
                delay *= 2;
            }

            var (result, retry) = await TryOnceAsync(uri, cancellation).ConfigureAwait(false);
            if (result is not null)
            {
                return result;
            }

            error = retry;
        }

        return new FetchResult(uri, null, false, $"{uri}: {error} (after {attempts} attempt{(attempts == 1 ? "" : "s")})");
    }

    /// <summary>A final result, or null and the reason to try again.</summary>
    private async Task<(FetchResult? Result, string? Retry)> TryOnceAsync(Uri uri, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(Limits.RequestTimeout);
        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return (new FetchResult(uri, null, true, $"{uri}: not found (HTTP 404)") { ClientError = true }, null);
            }

            var status = (int)response.StatusCode;
            if (status >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return (null, $"HTTP {status} {response.ReasonPhrase}");
            }

            if (!response.IsSuccessStatusCode)
            {
                return (new FetchResult(uri, null, false, $"{uri}: HTTP {status} {response.ReasonPhrase}") { ClientError = status is >= 400 and < 500 }, null);
            }

            if (response.Content.Headers.ContentLength > Limits.MaxDocumentBytes)
            {
                return (TooLarge(uri), null);
            }

            var body = await ReadLimitedAsync(response.Content, timeout.Token).ConfigureAwait(false);
            return (body is null ? TooLarge(uri) : new FetchResult(uri, body, false, null), null);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return (null, $"no complete answer within {Limits.RequestTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return (null, e.Message);
        }
        catch (IOException e)
        {
            return (null, e.Message);
        }
    }

    private FetchResult TooLarge(Uri uri) =>
        new(uri, null, false, $"{uri}: larger than the limit of {Limits.MaxDocumentBytes:N0} bytes");

    private async Task<byte[]?> ReadLimitedAsync(HttpContent content, CancellationToken cancellation)
    {
        var stream = await content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellation).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > Limits.MaxDocumentBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }
}
