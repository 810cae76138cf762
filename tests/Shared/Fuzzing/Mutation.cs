namespace Rampart.Testing.Fuzzing;

/// <summary>The bytes a <see cref="Mutator"/> made, and what it did (empty when the seed was kept as it is).</summary>
internal sealed record Mutation(byte[] Bytes, string Applied);
