using Rampart.Artifacts;
using Rampart.Configuration;
using Rampart.Discovery;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Schemas;

namespace Rampart.Scanning;

/// <summary>
/// Merges a <see cref="ScanRequest"/> over the repository's <c>rampart.yaml</c> over the defaults into
/// <see cref="ScanOptions"/>: the one place where the three meet, for every host (the command line, the server).
/// Every mistake is an error (the command line exits with 2) found before any file of the repository is scanned.
/// </summary>
public static class ScanSettings
{
    public static ScanSettingsResult Resolve(ScanRequest request, AnalyzerRegistry? registry = null)
    {
        registry ??= BuiltInAnalyzers.Registry;
        var errors = new List<string>();
        IArtifact artifact;
        string root;
        ConfigLoadResult loaded;
        if (request.Input is { } input)
        {
            var limit = DiscoveryOptions.Default.MaxFileBytes;
            if (ArtifactContent.ReadAtMost(input, limit) is not { } content)
            {
                return new ScanSettingsResult(null, [$"standard input is larger than the limit of {limit:N0} bytes; not scanned (scan the files instead)"]);
            }

            // A stream has no folder: its configuration is the one named, with paths relative to where that file is.
            artifact = MemoryArtifact.OfStream(content);
            root = request.ConfigPath is { } configPath ? Path.GetDirectoryName(Path.GetFullPath(configPath))! : Directory.GetCurrentDirectory();
            loaded = request.ConfigPath is null ? new ConfigLoadResult(RampartConfig.Default, []) : ConfigLoader.LoadForRepository(root, request.ConfigPath);
        }
        else
        {
            IReadOnlyList<string> paths = request.Paths.Count > 1 ? request.Paths : [request.Path];
            var missing = paths.Where(p => !Directory.Exists(p) && !File.Exists(p)).ToList();
            if (missing.Count > 0)
            {
                return new ScanSettingsResult(null, [.. missing.Select(p => $"'{p}' does not exist")]);
            }

            if (paths.Count > 1)
            {
                var several = PathsArtifact.Of(paths);
                (artifact, root) = (several, several.Folder);
            }
            else
            {
                var folder = new DirectoryArtifact(paths[0]);
                (artifact, root) = (folder, folder.Folder);
            }

            loaded = ConfigLoader.LoadForRepository(root, request.ConfigPath);
        }

        errors.AddRange(loaded.Errors.Select(e => e.ToString()));
        var config = loaded.Config;

        // A rampart.yaml found above the scanned folder names paths from its own folder.
        root = config.FolderOf(root);
        if (request.Rules.Count > 0 || request.SkipRules.Count > 0)
        {
            config = config with
            {
                Rules = config.Rules with
                {
                    Only = Selectors(request.Rules, "--rule", errors),
                    Skip = Selectors(request.SkipRules, "--skip-rule", errors),
                },
            };
        }

        var gate = config.Gate.Over(GateThresholds.Default);
        if (request.FailOn is { } failOn)
        {
            if (failOn.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                // No gate at all: no default threshold, no category threshold, and no team's own gate either.
                gate = new GateThresholds(null, new Dictionary<Category, Severity?>()) { FailOnGiven = true };
                config = config with { Gate = gate, Teams = [.. config.Teams.Select(team => team with { Gate = gate })] };
            }
            else if (EnumNames.TryParse<Severity>(failOn, out var severity))
            {
                gate = gate with { FailOn = severity, FailOnGiven = true };
            }
            else
            {
                errors.Add($"--fail-on '{failOn}' is not one of: critical, high, medium, low, info, none");
            }
        }

        var scannerNames = request.Scanners.Count > 0 ? request.Scanners : config.Scanners;
        var (scanners, unknown) = registry.Parse(scannerNames);
        if (request.Scanners.Count > 0)
        {
            errors.AddRange(unknown.Select(registry.UnknownMessage));
        }
        else
        {
            errors.AddRange(UnknownScanners(config, registry).Select(e => e.ToString()));
        }

        Baseline? baseline = null;
        if (request.BaselinePath is { } baselinePath)
        {
            var read = Baseline.Read(baselinePath);
            if (read.Error is { } error)
            {
                errors.Add(error);
            }

            baseline = read.Baseline;
        }

        // Folders in rampart.yaml are relative to the repository; in the request, to the current folder.
        var policyDirectories = request.Policies.Select(Path.GetFullPath)
            .Concat(config.Policies.Select(p => Path.GetFullPath(Path.Combine(root, p))))
            .ToList();
        errors.AddRange(policyDirectories.Where(d => !Directory.Exists(d)).Select(d => $"policy folder '{d}' does not exist"));

        var schemaSources = config.SchemaSources(root, request.Schemas, out var schemaError);
        if (schemaError is not null)
        {
            errors.Add(schemaError.ToString());
        }

        var vulnerabilities = new Dependencies.VulnerabilityOptions
        {
            AdvisoryDirectory = request.Advisories is { } advisories ? Path.GetFullPath(advisories)
                : config.Vulnerabilities.Advisories is { } configured ? Path.GetFullPath(Path.Combine(root, configured)) : null,
            VexDocuments = [.. request.Vex.Select(Path.GetFullPath), .. config.Vulnerabilities.Vex.Select(v => Path.GetFullPath(Path.Combine(root, v)))],
        };

        if (errors.Count > 0)
        {
            return new ScanSettingsResult(null, errors);
        }

        return new ScanSettingsResult(
            new ScanOptions
            {
                Artifact = artifact,
                Analyzers = registry,
                Scanners = scannerNames.Count == 0 ? null : scanners,
                Config = config,
                Discovery = DiscoveryOf(config.Limits),
                Gate = gate,
                Vulnerabilities = vulnerabilities,
                Baseline = baseline,
                BaselinePath = request.BaselinePath,
                PolicyDirectories = policyDirectories,
                Schemas = new SchemaOptions { Sources = schemaSources, KubernetesVersion = request.KubernetesVersion ?? config.KubernetesVersion },
            },
            []);
    }

    /// <summary>The walk's bounds with the repository's <c>scan.limits</c> applied (null keeps a default).</summary>
    internal static DiscoveryOptions DiscoveryOf(ScanLimits limits) => DiscoveryOptions.Default with
    {
        MaxFileBytes = limits.MaxFileBytes ?? DiscoveryOptions.Default.MaxFileBytes,
        MaxFiles = limits.MaxFiles ?? DiscoveryOptions.Default.MaxFiles,
        MaxDepth = limits.MaxFolderDepth ?? DiscoveryOptions.Default.MaxDepth,
    };

    /// <summary>The selectors of a repeatable flag; each value may also be a comma-separated list.</summary>
    private static List<RuleSelector> Selectors(IReadOnlyList<string> values, string flag, List<string> errors)
    {
        var selectors = new List<RuleSelector>();
        foreach (var value in values)
        {
            var parts = value.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Any(string.IsNullOrEmpty))
            {
                errors.Add($"{flag} '{value}' has a blank entry: give a rule id, alias, glob or category");
            }

            selectors.AddRange(parts.Where(p => p.Length > 0).Select(p => new RuleSelector(p) { Source = flag }));
        }

        return selectors;
    }

    /// <summary>The names in <c>scan.scanners</c> of <paramref name="config"/> that are no analyzer, each where it is written.</summary>
    public static IEnumerable<ConfigError> UnknownScanners(RampartConfig config, AnalyzerRegistry registry) =>
        config.Scanners.Zip(config.ScannerSources)
            .SelectMany(entry => registry.Parse([entry.First]).Unknown.Take(1).Select(name => entry.Second.Error(registry.UnknownMessage(name))));
}
