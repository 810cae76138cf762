using Rampart.Cli.Output;
using Rampart.Configuration;
using Rampart.Findings;
using Rampart.Gate;
using Rampart.Kubernetes.Schemas;
using Rampart.Reporting;
using Rampart.Scanning;

namespace Rampart.Cli.Commands;

/// <summary>
/// Turns the command line and <c>rampart.yaml</c> into <see cref="ScanOptions"/>. Every mistake is a usage
/// error (exit code 2) reported before any file of the repository is read.
/// </summary>
internal static class ScanSetup
{
    public static PreparedScan Prepare(CliConsole console, ScanCommandArguments arguments)
    {
        var errors = new List<string>();
        if (!Directory.Exists(arguments.Path) && !File.Exists(arguments.Path))
        {
            return PreparedScan.Failed(console.Fail(ExitCodes.Usage, $"'{arguments.Path}' does not exist"));
        }

        var root = Directory.Exists(arguments.Path) ? arguments.Path : Path.GetDirectoryName(Path.GetFullPath(arguments.Path))!;
        var loaded = ConfigLoader.LoadForRepository(root, arguments.Config);
        errors.AddRange(loaded.Errors.Select(e => e.ToString()));
        var config = loaded.Config;

        if (!ReportFormats.TryGet(arguments.Format, out var stdoutWriter))
        {
            errors.Add(ReportFormats.UnknownFormatMessage(arguments.Format));
        }

        var outputs = new List<ReportOutput>();
        foreach (var text in arguments.Outputs)
        {
            if (ReportOutput.TryParse(text, out var parsed, out var error))
            {
                outputs.Add(parsed);
                errors.AddRange(OutputFile.Check(parsed.Path) is { } unusable ? [unusable] : []);
            }
            else
            {
                errors.Add(error);
            }
        }

        var gate = config.Gate.Over(GateThresholds.Default);
        if (arguments.FailOn is { } failOn)
        {
            if (failOn.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                gate = gate with { FailOn = null, FailOnGiven = true };
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

        var scannerNames = arguments.Scanners.Count > 0 ? arguments.Scanners : config.Scanners;
        var (scanners, unknown) = Scanning.Scanners.Parse(scannerNames);
        if (arguments.Scanners.Count > 0)
        {
            // Names from rampart.yaml are reported by the loader, at their line.
            errors.AddRange(unknown.Select(Scanning.Scanners.UnknownMessage));
        }

        if (scannerNames.Count == 0)
        {
            scanners = new HashSet<string>(Scanning.Scanners.All, StringComparer.Ordinal);
        }

        Baseline? baseline = null;
        if (arguments.Baseline is { } baselinePath)
        {
            var read = Baseline.Read(baselinePath);
            if (read.Error is { } error)
            {
                errors.Add(error);
            }

            baseline = read.Baseline;
        }

        // Folders in rampart.yaml are relative to the repository; on the command line, to the current folder.
        var policyDirectories = arguments.Policies.Select(Path.GetFullPath)
            .Concat(config.Policies.Select(p => Path.GetFullPath(Path.Combine(root, p))))
            .ToList();
        errors.AddRange(policyDirectories.Where(d => !Directory.Exists(d)).Select(d => $"policy folder '{d}' does not exist"));

        var schemaSources = config.SchemaSources(root, arguments.Schemas, out var schemaError);
        if (schemaError is not null)
        {
            errors.Add(schemaError.ToString());
        }

        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                console.Error.WriteLine($"rampart: {error}");
            }

            return PreparedScan.Failed(ExitCodes.Usage);
        }

        var options = new ScanOptions
        {
            Root = arguments.Path,
            Scanners = scanners,
            Config = config,
            Gate = gate,
            Baseline = baseline,
            BaselinePath = arguments.Baseline,
            PolicyDirectories = policyDirectories,
            Schemas = new SchemaOptions { Sources = schemaSources, KubernetesVersion = arguments.KubernetesVersion },
        };
        return new PreparedScan(options, stdoutWriter, outputs, null);
    }
}
