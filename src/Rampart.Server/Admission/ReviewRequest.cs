using System.Text.Json;
using Rampart.Kubernetes.Admission;

namespace Rampart.Server.Admission;

/// <summary>
/// The <c>request</c> of an <c>admission.k8s.io/v1</c> AdmissionReview, as far as a validating webhook needs it. The
/// objects stay JSON elements of the parsed body until a policy needs them as a tree.
/// </summary>
internal sealed record ReviewRequest
{
    public required string Uid { get; init; }
    public required AdmissionOperation Operation { get; init; }

    /// <summary><c>request.kind</c>: the group, version and kind of the object.</summary>
    public required string Group { get; init; }
    public required string Version { get; init; }
    public required string Kind { get; init; }

    /// <summary><c>request.subResource</c>; empty for the object itself.</summary>
    public string SubResource { get; init; } = "";

    public string? Namespace { get; init; }
    public string? Name { get; init; }
    public AdmissionUser User { get; init; } = new("", []);
    public bool DryRun { get; init; }
    public JsonElement? Object { get; init; }
    public JsonElement? OldObject { get; init; }

    /// <summary>The API version of the object (<c>apps/v1</c>, <c>v1</c>).</summary>
    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>How logs and messages name the object: <c>Deployment shop/web</c>.</summary>
    public string Describe() =>
        $"{Kind} {(string.IsNullOrEmpty(Namespace) ? "" : Namespace + "/")}{(string.IsNullOrEmpty(Name) ? "(unnamed)" : Name)}";
}
