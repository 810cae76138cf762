namespace Rampart.Tests.Schemas;

/// <summary>
/// One expected outcome from another tool's fixtures: a file (or one document of it) that must pass or fail.
/// <paramref name="NotDecidable"/> says why the row is not a schema-validation question Rampart can answer.
/// </summary>
internal sealed record ConformanceCase(
    string Suite,
    string Path,
    int? DocumentIndex,
    string Check,
    bool ExpectPass,
    string ExpectedCauses,
    bool Strict,
    IReadOnlyList<string> CrdFiles,
    string? NotDecidable)
{
    public string Key => DocumentIndex is { } index ? $"{Path}#{index}" : Path;
}
