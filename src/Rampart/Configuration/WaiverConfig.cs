namespace Rampart.Configuration;

/// <summary>
/// An accepted risk: findings matching every selector given (rule id or alias, fingerprint, path glob,
/// resource kind/namespace/name) are waived until <see cref="Expires"/>, with a reason and an approver.
/// At least one selector is required.
/// </summary>
public sealed record WaiverConfig
{
    public Glob? Rule { get; init; }
    public string? Fingerprint { get; init; }
    public Glob? Path { get; init; }
    public string? Kind { get; init; }
    public string? Namespace { get; init; }
    public string? Name { get; init; }
    public required string Reason { get; init; }
    public required string Approver { get; init; }
    public required DateOnly Expires { get; init; }
    public required ConfigSource Source { get; init; }

    public string Describe()
    {
        var parts = new List<string>();
        if (Rule is not null)
        {
            parts.Add($"rule {Rule}");
        }

        if (Fingerprint is not null)
        {
            parts.Add($"fingerprint {Fingerprint}");
        }

        if (Path is not null)
        {
            parts.Add($"path {Path}");
        }

        if (Kind is not null || Namespace is not null || Name is not null)
        {
            parts.Add($"resource {Kind ?? "*"}/{Namespace ?? "*"}/{Name ?? "*"}");
        }

        return string.Join(", ", parts);
    }
}
