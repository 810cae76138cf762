using System.Net;

namespace Rampart.Audit;

/// <summary>The status and body of one Kubernetes API request.</summary>
public sealed record ApiResponse(HttpStatusCode Status, string Body)
{
    public bool Success => (int)Status is >= 200 and < 300;
}
