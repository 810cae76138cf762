using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Kubernetes.Schemas;
using Rampart.Loading;
using Rampart.Ownership;

namespace Rampart.Scanning;

/// <summary>
/// Every rule Rampart can report, by id: the rules of the pipeline's own stages plus those of the analyzers
/// in use. Reports describe rules from it, and <c>rampart owners explain --rule</c> looks rules up in it.
/// </summary>
public static class RuleCatalog
{
    /// <summary>The rules of discovery, loading, schema validation, ownership, the gate and the scan itself.</summary>
    public static IReadOnlyList<RuleDescriptor> Pipeline { get; } =
    [
        .. DiscoveryFindings.Rules,
        .. LoadRules.All,
        .. SchemaRules.All,
        CodeOwnersSource.InvalidLine,
        .. GateRules.All,
        .. ScanRules.All,
    ];

    public static RuleDescriptor? Find(string idOrAlias, IEnumerable<RuleDescriptor>? more = null) =>
        Pipeline.Concat(more ?? []).FirstOrDefault(r =>
            string.Equals(r.Id, idOrAlias, StringComparison.OrdinalIgnoreCase)
            || r.Aliases.Any(a => string.Equals(a, idOrAlias, StringComparison.OrdinalIgnoreCase)));
}
