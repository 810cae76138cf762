using Rampart.Loading;

namespace Rampart.Rendering.Argo;

/// <summary>
/// An Argo CD <c>Application</c> read from a file, or one an <c>ApplicationSet</c> generated (its tree is then the
/// template's, with the generator's parameters substituted, so its lines are the template's lines).
/// </summary>
/// <param name="File">The file that declares it, relative to the repository root.</param>
/// <param name="Line">The line of the declaring object.</param>
/// <param name="Name">The application's name.</param>
/// <param name="Namespace">The application's own namespace (where Argo CD runs), when given.</param>
/// <param name="Spec">Its <c>spec</c>.</param>
internal sealed record ArgoApplication(string File, int Line, string Name, string? Namespace, MappingNode Spec)
{
    /// <summary>The sources: <c>spec.sources</c> when given, else <c>spec.source</c>.</summary>
    public IReadOnlyList<MappingNode> Sources =>
        ArgoFields.Items(Spec, "sources") is { Count: > 0 } many
            ? [.. many.OfType<MappingNode>()]
            : ArgoFields.Map(Spec, "source") is { } one ? [one] : [];

    /// <summary>The <c>spec.destination.namespace</c> node, when given and not empty.</summary>
    public ScalarNode? DestinationNamespace =>
        ArgoFields.Map(Spec, "destination")?["namespace"] is ScalarNode { Kind: ScalarKind.String, Text.Length: > 0 } ns ? ns : null;

    /// <summary>Whether an ApplicationSet made it (its values are then not the file's text).</summary>
    public bool Generated { get; init; }

    public string DisplayName => Namespace is null ? Name : Namespace + "/" + Name;
}
