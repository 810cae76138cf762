namespace Rampart.Audit;

/// <summary>Requests to a Kubernetes API server, authenticated as the kubeconfig or the pod's service account says.</summary>
public interface IClusterApi
{
    /// <summary>Sends a request with an optional JSON body; a status the server answers is a response, never an exception.</summary>
    Task<ApiResponse> SendAsync(HttpMethod method, string pathAndQuery, string? jsonBody, CancellationToken cancellation);
}
