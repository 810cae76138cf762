namespace Rampart.Schemas;

/// <summary>The answer of a <see cref="SchemaSet"/> for one kind, and which source gave it.</summary>
internal readonly record struct SchemaLookup(SchemaAnswer Answer, CompiledSchema? Schema, string? Source);
