using Rampart.Cli.Output;
using Rampart.Findings;
using Rampart.Rendering;
using Rampart.Reporting;
using Rampart.Scanning;

namespace Rampart.Cli.Commands;

/// <summary>
/// Turns the command line into a <see cref="ScanRequest"/>, has the engine merge it with <c>rampart.yaml</c>
/// (<see cref="ScanSettings"/>), and checks the report formats and output files. Every mistake is a usage error
/// (exit code 2) reported before any file of the repository is scanned.
/// </summary>
internal static class ScanSetup
{
    public static PreparedScan Prepare(CliConsole console, ScanCommandArguments arguments)
    {
        if (arguments.PathError is { } pathError)
        {
            return PreparedScan.Failed(console.Fail(ExitCodes.Usage, pathError));
        }

        using var input = arguments.Stdin ? console.OpenInput() : null;
        var settings = ScanSettings.Resolve(new ScanRequest
        {
            Path = arguments.Path,
            Paths = arguments.Paths,
            Input = input,
            ConfigPath = arguments.Config,
            FailOn = arguments.FailOn,
            Scanners = arguments.Scanners,
            Schemas = arguments.Schemas,
            Policies = arguments.Policies,
            KubernetesVersion = arguments.KubernetesVersion,
            BaselinePath = arguments.Baseline,
            Rules = arguments.Rules,
            SkipRules = arguments.SkipRules,
            Vex = arguments.Vex,
            Advisories = arguments.Advisories,
        });
        var errors = new List<string>(settings.Errors);

        if (!CliReportFormats.All.TryGet(arguments.Format, out var stdoutWriter))
        {
            errors.Add(CliReportFormats.All.UnknownFormatMessage(arguments.Format));
        }

        Severity? minimumSeverity = null;
        if (arguments.Severity is { } severityText)
        {
            if (EnumNames.TryParse<Severity>(severityText, out var severity))
            {
                minimumSeverity = severity;
            }
            else
            {
                errors.Add($"--severity '{severityText}' is not one of: critical, high, medium, low, info");
            }
        }

        var outputs = new List<ReportOutput>();
        foreach (var text in arguments.Outputs)
        {
            if (ReportOutput.TryParse(text, CliReportFormats.All, out var parsed, out var error))
            {
                outputs.Add(parsed);
                errors.AddRange(OutputFile.Check(parsed.Path) is { } unusable ? [unusable] : []);
            }
            else
            {
                errors.Add(error);
            }
        }

        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                console.Error.WriteLine($"rampart: {error}");
            }

            return PreparedScan.Failed(ExitCodes.Usage);
        }

        // Charts of Helm repositories that Flux HelmReleases and Argo CD Applications name are read from the chart cache.
        var charts = ChartsCommand.Cache(console, arguments.CacheDir);
        var options = settings.Options!;
        var vulnerabilities = VulnerabilityData.Locate(console, arguments.CacheDir, options);
        return new PreparedScan(options with { EntryPointSources = EntryPointSources.For(charts), Vulnerabilities = vulnerabilities }, stdoutWriter, outputs, null) { MinimumSeverity = minimumSeverity };

    }
}
