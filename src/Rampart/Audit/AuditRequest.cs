using Rampart.Configuration;

namespace Rampart.Audit;

/// <summary>What <c>rampart audit</c> checks: the kinds to list, in one namespace or all, and the repository to trace objects to.</summary>
public sealed record AuditRequest
{
    public IReadOnlyList<AuditKind> Kinds { get; init; } = AuditKind.BuiltIn;
    public string? Namespace { get; init; }

    /// <summary>The GitOps repository the cluster is deployed from; null to leave objects untraced.</summary>
    public string? Repository { get; init; }

    /// <summary>The repository's configuration (policies' parameters, rules, waivers, teams), or the defaults.</summary>
    public RampartConfig Config { get; init; } = RampartConfig.Default;

    public int PageSize { get; init; } = 500;
    public string ClusterName { get; init; } = "cluster";
}
