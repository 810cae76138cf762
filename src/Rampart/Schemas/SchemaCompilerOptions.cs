namespace Rampart.Schemas;

/// <summary>How a schema document is read into validators.</summary>
internal sealed record SchemaCompilerOptions
{
    /// <summary>Reject fields a schema does not declare (<c>kubectl --validate=strict</c>).</summary>
    public bool Strict { get; init; } = true;

    /// <summary>
    /// An object schema that declares neither properties nor additionalProperties accepts any fields. True for
    /// Kubernetes' own documents (RawExtension, FieldsV1); false for CRDs, whose structural schemas prune such fields.
    /// </summary>
    public bool EmptyObjectsAreOpen { get; init; } = true;

    /// <summary>The ObjectMeta schema that embedded resources (and CR roots) use for <c>metadata</c>.</summary>
    public CompiledSchema? ObjectMeta { get; init; }
}
