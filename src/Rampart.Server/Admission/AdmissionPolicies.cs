using Rampart.Configuration;
using Rampart.Policies;
using Rampart.Policies.Matching;
using Rampart.Scanning;

namespace Rampart.Server.Admission;

/// <summary>
/// The policy set the webhook enforces, loaded once at start-up: the analyzer <c>scan</c> would build (built-in pack,
/// policy folders, parameters), the rules and profiles of <c>rampart.yaml</c>, its waivers and its admission settings.
/// Policies that read other objects of the repository (through <c>rampart.dev/params</c>) are left to <c>scan</c>:
/// a review holds one object. Immutable and thread-safe.
/// </summary>
internal sealed class AdmissionPolicies
{
    public AdmissionPolicies(PolicyAnalyzer analyzer, RampartConfig config, IEnumerable<string> exemptNamespaces)
    {
        Analyzer = analyzer;
        Config = config;
        Settings = config.Admission;
        Rules = new RuleFilter(config.Rules);
        ExemptNamespaces = new HashSet<string>(exemptNamespaces.Concat(Settings.ExemptNamespaces), StringComparer.Ordinal);
        ExemptObjects = Settings.ExemptObjects is { } selector
            ? new LabelSelector(selector.MatchLabels, [.. selector.MatchExpressions.Select(r => new LabelSelectorRequirement(r.Key, r.Operator, r.Values))])
            : null;
        Remediations = analyzer.Policies.ToDictionary(p => p.Id, p => p.Metadata.Remediation, StringComparer.Ordinal);
    }

    public PolicyAnalyzer Analyzer { get; }
    public RampartConfig Config { get; }
    public AdmissionConfig Settings { get; }
    public RuleFilter Rules { get; }
    public IReadOnlySet<string> ExemptNamespaces { get; }
    public LabelSelector? ExemptObjects { get; }

    /// <summary>The remediation of each policy, by id (null when it has none).</summary>
    public IReadOnlyDictionary<string, string?> Remediations { get; }
}
