namespace Rampart.Schemas;

/// <summary>
/// OpenAPI v3 documents, each describing whole API versions: Kubernetes' per-group-version documents
/// (from <c>--schemas DIR|URL</c> or the pulled cache), or the built-in set.
/// </summary>
internal sealed class DocumentSchemaSource(string name, IReadOnlyDictionary<GroupVersion, SchemaDocument> documents) : ISchemaSource
{
    public string Name { get; } = name;

    public IReadOnlyDictionary<GroupVersion, SchemaDocument> Documents { get; } = documents;

    /// <summary>A source of one document that covers every API version it has a kind of (the built-in set).</summary>
    public static DocumentSchemaSource Of(string name, SchemaDocument document) =>
        new(name, document.GroupVersions.ToDictionary(gv => gv, _ => document));

    public SchemaAnswer Find(GroupVersionKind gvk, out CompiledSchema? schema)
    {
        schema = null;
        if (!Documents.TryGetValue(gvk.GroupVersion, out var document))
        {
            return SchemaAnswer.NotCovered;
        }

        schema = document.Get(gvk);
        return schema is null ? SchemaAnswer.UnknownKind : SchemaAnswer.Found;
    }
}
