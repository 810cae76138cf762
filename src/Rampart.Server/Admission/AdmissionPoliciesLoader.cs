using Rampart.Configuration;
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
        var analyzer = PolicyAnalyzerPlan.Load(scan.PolicyDirectories, scan.Config.PolicyParameters, errors, keep: policy => policy.RepositoryParams.Count == 0);
        List<string> messages = [.. errors.Select(e => e.ToString()), .. analyzer.Problems.Select(p => $"{p.Location}: {p.Message}")];
        if (messages.Count > 0)
        {
            return (null, messages);
        }

        IEnumerable<string> own = options.OwnNamespace is { Length: > 0 } ns ? [ns] : [];
        return (new AdmissionPolicies(analyzer, scan.Config, own), []);
    }
}
