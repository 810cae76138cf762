using Rampart.Configuration;
using Rampart.Discovery;
using Rampart.Gate;
using Rampart.Schemas;
using Rampart.Scanning;
using Rampart.Testing.Fuzzing;

namespace Rampart.Tests.Scanning.Fuzzing;

/// <summary>
/// Scans a fuzzed repository the way <c>rampart scan</c> does (its <c>rampart.yaml</c> read by
/// <see cref="ConfigLoader"/>, the gate, scanners, policy folders and schema folder taken from it) and collects
/// every broken promise as a <see cref="FuzzViolation"/> instead of stopping at the first.
/// </summary>
internal static class FuzzScan
{
    /// <summary>One repository in this many has its JSON and SARIF reports validated against their schemas.</summary>
    private const int SchemaSample = 8;

    public static async Task<List<FuzzViolation>> CheckAsync(FuzzRepository repo, FuzzTotals totals, CancellationToken cancellation)
    {
        var violations = new List<FuzzViolation>();
        try
        {
            var (options, configErrors, baselineError, rejected) = Options(repo.Root);
            violations.AddRange(ConfigChecks.Located(repo, configErrors));
            violations.AddRange(ConfigChecks.BaselineNamed(repo, baselineError));
            var outcome = await Scanner.RunAsync(options, cancellation);
            if (outcome.Report is null && !rejected)
            {
                // Setup errors (a schema folder that holds no usable document, a policy that does not compile) are exit 2 as well.
                options = ScanOptions.ForFolder(repo.Root);
                outcome = await Scanner.RunAsync(options, cancellation);
                rejected = true;
            }

            if (rejected)
            {
                totals.Refused();
            }

            if (outcome.Report is not { } report)
            {
                violations.Add(new FuzzViolation(null, $"setup errors with the default configuration: {string.Join("; ", outcome.SetupErrors)}"));
                return violations;
            }

            if (outcome.AnalyzerFailures > 0)
            {
                violations.Add(new FuzzViolation(null, $"{outcome.AnalyzerFailures} analyzer failure(s)"));
            }

            var walk = new RepositoryWalker(options.Discovery).Walk(repo.Root, cancellation).ToList();
            violations.AddRange(FindingChecks.Located(repo, report));
            violations.AddRange(CoverageChecks.Accounted(repo, report, walk));
            violations.AddRange(ReportChecks.Written(report, validateSchemas: repo.Seed % SchemaSample == 0));
            if (options.SelectedAnalyzers.Any(a => a.Name == "policy"))
            {
                violations.AddRange(CanaryChecks.Seen(repo, report, walk));
            }

            totals.Add(repo, report);
        }
#pragma warning disable CA1031 // Whatever escapes is the violation being looked for; it is reported with the repository that caused it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            violations.Add(new FuzzViolation(null, $"exception: {e}"));
        }

        return violations;
    }

    /// <summary>
    /// The options <c>rampart scan ROOT --baseline ROOT/.rampart/baseline.json</c> builds (the baseline only when the
    /// repository has one), and the errors of <see cref="ConfigLoader"/> and of the baseline. Whatever would make the
    /// command exit with 2 (those errors, an unknown scanner, a missing policy folder, a schemas URL) makes the scan go
    /// on with the default configuration instead, so that the rest of the repository is still fuzzed.
    /// </summary>
    private static (ScanOptions Options, IReadOnlyList<ConfigError> Errors, string? BaselineError, bool Rejected) Options(string root)
    {
        var loaded = ConfigLoader.LoadForRepository(root);
        var config = loaded.Config;
        var registry = BuiltInAnalyzers.Registry;
        var (scanners, _) = registry.Parse(config.Scanners);
        IReadOnlyList<ConfigError> errors = [.. loaded.Errors, .. ScanSettings.UnknownScanners(config, registry)];
        var policies = config.Policies.Select(p => Path.GetFullPath(Path.Combine(root, p))).ToList();
        var schemas = config.SchemaSources(root, [], out var schemaError);
        var baselinePath = Path.Combine(root, FuzzRepository.BaselinePath);
        var baseline = File.Exists(baselinePath) ? Baseline.Read(baselinePath) : new BaselineLoadResult(null, null);
        if (errors.Count > 0 || policies.Any(p => !Directory.Exists(p)) || schemaError is not null || baseline.Error is not null)
        {
            return (ScanOptions.ForFolder(root), errors, baseline.Error, true);
        }

        return (ScanOptions.ForFolder(root) with
        {
            Scanners = config.Scanners.Count == 0 ? null : scanners,
            Config = config,
            Gate = config.Gate.Over(GateThresholds.Default),
            Baseline = baseline.Baseline,
            BaselinePath = baseline.Baseline is null ? null : baselinePath,
            PolicyDirectories = policies,
            Schemas = new SchemaOptions { Sources = schemas },
        }, errors, null, false);
    }
}
