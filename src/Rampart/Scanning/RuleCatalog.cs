using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Loading;
using Rampart.Ownership;

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

    /// <summary>Every rule: the stages' and those of every analyzer of the built-in registry.</summary>
    public static IReadOnlyList<RuleDescriptor> All => AllRules.Value;

    private static readonly Lazy<IReadOnlyList<RuleDescriptor>> AllRules = new(() => Of(BuiltInAnalyzers.Registry));

    /// <summary>The stages' rules and those of every analyzer of <paramref name="registry"/>.</summary>
    public static IReadOnlyList<RuleDescriptor> Of(AnalyzerRegistry registry) =>
        [.. Stages, .. registry.All.SelectMany(r => r.Rules()).DistinctBy(r => r.Id)];

    public static RuleDescriptor? Find(string idOrAlias) => Find(All, idOrAlias);

    public static RuleDescriptor? Find(IReadOnlyList<RuleDescriptor> rules, string idOrAlias) =>
        rules.FirstOrDefault(r =>
            string.Equals(r.Id, idOrAlias, StringComparison.OrdinalIgnoreCase)
            || r.Aliases.Any(a => string.Equals(a, idOrAlias, StringComparison.OrdinalIgnoreCase)));
}
