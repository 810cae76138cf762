using System.Text;
using k8s;
using Rampart.Audit;

namespace Rampart.Cli.Commands;

/// <summary>
/// The API server a kubeconfig (or the in-cluster service account) names, reached through KubernetesClient's
/// configuration, TLS and credentials; requests are plain JSON, so any kind can be listed and written.
/// </summary>
internal sealed class ClusterApi(KubernetesClientConfiguration configuration) : IClusterApi, IDisposable
{
    private readonly k8s.Kubernetes client = new(configuration);

    /// <summary>The cluster of a kubeconfig file (its current context), or of the pod it runs in.</summary>
    public static ClusterApi Connect(string? kubeconfig, bool inCluster) => new(
        inCluster ? KubernetesClientConfiguration.InClusterConfig() : KubernetesClientConfiguration.BuildConfigFromConfigFile(kubeconfig));

    public async Task<ApiResponse> SendAsync(HttpMethod method, string pathAndQuery, string? jsonBody, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(method, new Uri(client.BaseUri.AbsoluteUri.TrimEnd('/') + "/" + pathAndQuery.TrimStart('/')));
        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
        }

        if (client.Credentials is { } credentials)
        {
            await credentials.ProcessHttpRequestAsync(request, cancellation).ConfigureAwait(false);
        }

        using var response = await client.HttpClient.SendAsync(request, cancellation).ConfigureAwait(false);
        return new ApiResponse(response.StatusCode, await response.Content.ReadAsStringAsync(cancellation).ConfigureAwait(false));
    }

    public void Dispose() => client.Dispose();
}
