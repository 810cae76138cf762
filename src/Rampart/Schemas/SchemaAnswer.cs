namespace Rampart.Schemas;

/// <summary>What a schema source knows about a kind.</summary>
internal enum SchemaAnswer
{
    /// <summary>The source says nothing about the API version.</summary>
    NotCovered,
    /// <summary>The source describes the whole API version and the kind is not part of it.</summary>
    UnknownKind,
    Found,
}
