namespace Rampart.Dependencies.Database;

/// <summary>One imported ecosystem: where its records came from (URL or folder), when, and how many.</summary>
public sealed record DatabaseSource(string Ecosystem, string Source, DateTimeOffset ImportedAt, long Records);
