namespace Rampart.Schemas;

/// <summary>Somewhere schemas come from: the built-in set, OpenAPI documents (<c>--schemas</c>), or the repository's CRDs.</summary>
internal interface ISchemaSource
{
    string Name { get; }

    /// <summary>Finds the kind's schema; <see cref="SchemaAnswer.UnknownKind"/> when the source covers the whole API version but not the kind.</summary>
    SchemaAnswer Find(GroupVersionKind gvk, out CompiledSchema? schema);
}
