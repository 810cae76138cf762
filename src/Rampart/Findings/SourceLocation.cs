namespace Rampart.Findings;

/// <summary>
/// Where a finding points. <paramref name="Path"/> is relative to the scan root with forward slashes;
/// lines and columns are 1-based, 0 when unknown. <paramref name="FieldPath"/> names the field inside a
/// structured document (<c>spec.template.spec.containers[0].securityContext.privileged</c>) and is part of
/// the fingerprint, unlike the line, which moves with unrelated edits.
/// </summary>
public readonly record struct SourceLocation(
    string Path,
    int Line = 0,
    int Column = 0,
    int EndLine = 0,
    int EndColumn = 0,
    string? FieldPath = null)
{
    public override string ToString() => Line > 0 ? $"{Path}:{Line}:{Column}" : Path;
}
