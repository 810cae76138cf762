using System.Net;

namespace Rampart.Schemas;

/// <summary>The HTTP client schema downloads use when the caller gives none (one per process, as .NET recommends); the CLI uses it too.</summary>
public static class SharedHttp
{
    private static readonly Lazy<HttpClient> Lazy = new(() => new HttpClient(new SocketsHttpHandler
    {
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan, // each request has its own timeout (FetchLimits.RequestTimeout)
        DefaultRequestHeaders = { { "User-Agent", "rampart" } },
    });

    public static HttpClient Client => Lazy.Value;
}
