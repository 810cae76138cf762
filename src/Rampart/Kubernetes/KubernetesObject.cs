using Rampart.Findings;
using Rampart.Loading;

namespace Rampart.Kubernetes;

/// <summary>
/// A Kubernetes object found in a loaded document: its identity and its positioned tree. Objects inside a
/// <c>kind: List</c> are objects of their own, with <see cref="Root"/> pointing at the list item.
/// </summary>
public sealed record KubernetesObject(string Path, int DocumentIndex, MappingNode Root, ResourceRef Resource)
{
    public string ApiVersion => Resource.ApiVersion;
    public string Kind => Resource.Kind;
    public string? Namespace => Resource.Namespace;
    public string? Name => Resource.Name;

    /// <summary>
    /// The comments addressed to Rampart in the object's document (for an item of a List, in the item's lines), which
    /// the decide stage reads (<c># rampart:ignore</c>); empty for most objects.
    /// </summary>
    public IReadOnlyList<CommentDirective> Directives { get; init; } = [];
}
