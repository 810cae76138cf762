namespace Rampart.Schemas;

/// <summary>
/// Schemas of the custom resources that the repository's CustomResourceDefinitions define. A CRD never makes
/// a kind "unknown": other CRDs of the same group may be installed from elsewhere.
/// </summary>
internal sealed class CrdSchemaSource(IReadOnlyDictionary<GroupVersionKind, CompiledSchema> kinds) : ISchemaSource
{
    public string Name => "CustomResourceDefinitions in the repository";

    public IReadOnlyDictionary<GroupVersionKind, CompiledSchema> Kinds { get; } = kinds;

    public SchemaAnswer Find(GroupVersionKind gvk, out CompiledSchema? schema) =>
        Kinds.TryGetValue(gvk, out schema) ? SchemaAnswer.Found : SchemaAnswer.NotCovered;
}
