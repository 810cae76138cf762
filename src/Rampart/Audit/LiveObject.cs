using System.Text.Json.Nodes;

namespace Rampart.Audit;

/// <summary>An object listed from the cluster, as JSON with its <c>apiVersion</c> and <c>kind</c> set (list items lack them).</summary>
public sealed record LiveObject(AuditKind Kind, JsonObject Json)
{
    public string? Namespace => Json["metadata"]?["namespace"]?.GetValue<string>();
    public string Name => Json["metadata"]?["name"]?.GetValue<string>() ?? "";
    public string? Uid => Json["metadata"]?["uid"]?.GetValue<string>();

    public string? Label(string key) => Json["metadata"]?["labels"]?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public string? Annotation(string key) => Json["metadata"]?["annotations"]?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>
    /// Where reports locate the object: <c>cluster/NAMESPACE/KIND/NAME</c> (<c>cluster/-/KIND/NAME</c> when cluster-scoped).
    /// </summary>
    public string Path => $"cluster/{Namespace ?? "-"}/{Kind.Kind}/{Name}";

    /// <summary>True when a controller owns the object (a ReplicaSet's Pods, a Deployment's ReplicaSets): its owner is checked instead.</summary>
    public bool IsControlled =>
        Json["metadata"]?["ownerReferences"] is JsonArray owners
        && owners.Any(o => o?["controller"] is JsonValue c && c.TryGetValue<bool>(out var controller) && controller);
}
