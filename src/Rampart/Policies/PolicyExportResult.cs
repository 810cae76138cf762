namespace Rampart.Policies;

/// <summary>An exported policy as YAML, or why it cannot be exported.</summary>
public sealed record PolicyExportResult(string? Yaml, string? Error)
{
    public bool Success => Yaml is not null;
}
