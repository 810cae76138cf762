namespace Rampart.Schemas;

/// <summary>The value shape a compiled schema accepts.</summary>
internal enum SchemaKind : byte
{
    /// <summary>Any value (no <c>type</c>): only the other constraints apply.</summary>
    Any,
    Object,
    Array,
    String,
    Integer,
    Number,
    Boolean,
    /// <summary><c>x-kubernetes-int-or-string</c> / <c>format: int-or-string</c>.</summary>
    IntOrString,
    /// <summary>A resource quantity: <c>oneOf[string, number]</c>, the string in quantity syntax.</summary>
    Quantity,
}
