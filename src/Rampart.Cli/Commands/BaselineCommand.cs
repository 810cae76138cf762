using System.CommandLine;
using Rampart.Cli.Output;
using Rampart.Gate;
using Rampart.Scanning;

namespace Rampart.Cli.Commands;

/// <summary><c>rampart baseline create PATH --output FILE</c> (or with <c>--history</c>, the secrets of the commits): records the current findings by fingerprint.</summary>
internal static class BaselineCommand
{
    public static Command Create(CliConsole console)
    {
        var scanOptions = new ScanCommandOptions();
        var output = new Option<string>("--output", "-o") { Description = "The baseline file to write.", Required = true };
        var create = new Command("create", "Scan and record every finding, so later scans with --baseline gate only on new ones.");
        scanOptions.AddTo(create, withReports: false);
        create.Options.Add(output);
        create.SetAction((parse, cancellation) => CreateAsync(console, scanOptions.Read(parse), parse.GetValue(output)!, cancellation));

        var baseline = new Command("baseline", "Baselines of accepted findings.");
        baseline.Subcommands.Add(create);
        return baseline;
    }

    private static async Task<int> CreateAsync(CliConsole console, ScanCommandArguments arguments, string output, CancellationToken cancellation)
    {
        if (OutputFile.Check(output) is { } unusable)
        {
            return console.Fail(ExitCodes.Usage, unusable);
        }

        var history = HistoryScan.Requested(arguments);
        if (history && HistoryScan.Check(console, arguments) is { } misuse)
        {
            return misuse;
        }

        var prepared = ScanSetup.Prepare(console, arguments with { FailOn = "none" });
        if (prepared.ExitCode is { } usage)
        {
            return usage;
        }

        ScanOutcome outcome;
        using (var progress = new ProgressPrinter(console, !arguments.NoProgress))
        {
            // --history records the secrets of the commits, fingerprinted by rule and secret as history scans match them.
            outcome = history
                ? HistorySecretScanner.Run(prepared.Options!, arguments.Staged, arguments.Since, cancellation)
                : await Scanner.RunAsync(prepared.Options! with { Progress = progress }, cancellation).ConfigureAwait(false);
        }

        if (outcome.Report is not { } report)
        {
            foreach (var error in outcome.SetupErrors)
            {
                console.Error.WriteLine($"rampart: {error}");
            }

            return ExitCodes.Usage;
        }

        var baseline = Baseline.FromFindings(report.Findings);
        if (OutputFile.Write(output, file => baseline.Write(file, Scanner.Version)) is { } unwritten)
        {
            return console.Fail(ExitCodes.Usage, unwritten);
        }

        console.Out.WriteLine($"Recorded {baseline.Entries.Count} findings in {output}");
        return outcome.AnalyzerFailures > 0 ? ExitCodes.Internal : ExitCodes.Clean;
    }
}
