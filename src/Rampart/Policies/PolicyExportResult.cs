namespace Rampart.Policies;

/// <summary>An exported policy as YAML, or why it cannot be exported.</summary>
public sealed record PolicyExportResult(string? Yaml, string? Error)
{
    /// <summary>The ValidatingAdmissionPolicyBinding that puts the policy into force, when export was asked for one.</summary>
    public string? Binding { get; init; }

    public bool Success => Yaml is not null;
}
