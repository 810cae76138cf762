using Rampart.Configuration;
using Rampart.Findings;
using Rampart.Policies;
using Rampart.Scanning;

namespace Rampart.Server.Admission;

/// <summary>
/// Loads the webhook's policy set the way <c>rampart scan</c> chooses its own (<see cref="ScanSettings"/>: flags over
/// <c>rampart.yaml</c> over defaults), so that what passes <c>scan</c> passes admission. Every mistake is an error
/// message; the server does not start with any.
/// </summary>
internal static class AdmissionPoliciesLoader
{
    public static (AdmissionPolicies? Policies, IReadOnlyList<string> Errors) Load(ServeOptions options)
    {
        var root = options.Root
            ?? (options.ConfigPath is { } config ? Path.GetDirectoryName(Path.GetFullPath(config))! : Directory.GetCurrentDirectory());
        var settings = ScanSettings.Resolve(new ScanRequest { Path = root, ConfigPath = options.ConfigPath, Policies = options.Policies });
        if (settings.Options is not { } scan)
        {
            return (null, settings.Errors);
        }

        var errors = new List<ConfigError>();
        var rules = new RuleFilter(scan.Config.Rules);
        var analyzer = PolicyAnalyzerPlan.Load(scan.PolicyDirectories, scan.Config.PolicyParameters, errors, keep: policy => policy.RepositoryParams.Count == 0 && IsOn(rules, policy));
        List<string> messages = [.. errors.Select(e => e.ToString()), .. analyzer.Problems.Select(p => $"{p.Location}: {p.Message}")];
        if (messages.Count > 0)
        {
            return (null, messages);
        }

        IEnumerable<string> own = options.OwnNamespace is { Length: > 0 } ns ? [ns] : [];
        return (new AdmissionPolicies(analyzer, scan.Config, own), []);
    }

    /// <summary>
    /// Whether the rules and profiles of <c>rampart.yaml</c> leave a policy on: they select by id, alias and category,
    /// which a policy's findings share, so a policy switched off is not even compiled and kinds only it selects are
    /// admitted without evaluation.
    /// </summary>
    private static bool IsOn(RuleFilter rules, Policy policy) => rules.Apply(new Finding
    {
        RuleId = policy.Id,
        Title = policy.Metadata.Title,
        Category = policy.Metadata.Category,
        Severity = policy.Metadata.Severity,
        Responsibility = policy.Metadata.Responsibility,
        Aliases = policy.Metadata.Aliases,
        Message = "",
        Location = new SourceLocation(policy.SourcePath, 0, 0),
    }) is not null;
}
