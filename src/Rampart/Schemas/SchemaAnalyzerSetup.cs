namespace Rampart.Schemas;

/// <summary>The analyzer, and the schema sources that could not be used (the caller decides whether that is fatal).</summary>
public sealed record SchemaAnalyzerSetup(SchemaAnalyzer Analyzer, IReadOnlyList<SchemaSourceError> Errors);
