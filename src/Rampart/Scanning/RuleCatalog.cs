using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Kubernetes.Schemas;
using Rampart.Loading;
using Rampart.Ownership;
using Rampart.Policies;

namespace Rampart.Scanning;

/// <summary>
/// Every rule Rampart can report, by id: the rules of the pipeline's own stages plus those of the analyzers
/// in use. Reports describe rules from it, and <c>rampart owners explain --rule</c> looks rules up in it.
/// </summary>
public static class RuleCatalog
{
    /// <summary>The rules of the pipeline's own stages, reported whatever analyzers run: discovery, loading, ownership, the gate, the scan.</summary>
    public static IReadOnlyList<RuleDescriptor> Stages { get; } =
    [
        .. DiscoveryFindings.Rules,
        .. LoadRules.All,
        CodeOwnersSource.InvalidLine,
        .. GateRules.All,
        .. ScanRules.All,
    ];

    /// <summary>Every rule: the stages' and every analyzer's.</summary>
    public static IReadOnlyList<RuleDescriptor> All => AllRules.Value;

    private static readonly Lazy<IReadOnlyList<RuleDescriptor>> AllRules =
        new(() => [.. Stages, .. SchemaRules.All, .. PolicyAnalyzer.CreateDefault().Rules]);

    public static RuleDescriptor? Find(string idOrAlias) =>
        All.FirstOrDefault(r =>
            string.Equals(r.Id, idOrAlias, StringComparison.OrdinalIgnoreCase)
            || r.Aliases.Any(a => string.Equals(a, idOrAlias, StringComparison.OrdinalIgnoreCase)));
}
