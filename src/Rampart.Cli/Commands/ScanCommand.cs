using System.CommandLine;
using Rampart.Changes;
using Rampart.Cli.Output;
using Rampart.Findings;
using Rampart.Reporting;
using Rampart.Scanning;

namespace Rampart.Cli.Commands;

/// <summary><c>rampart scan PATH…</c> (or <c>-</c>, standard input): the whole pipeline, reports, and the gate's exit code.</summary>
internal static class ScanCommand
{
    public static Command Create(CliConsole console)
    {
        var o = new ScanCommandOptions();
        var command = new Command("scan", "Scan a repository: validate and check every manifest, route findings to owners, and gate.");
        o.AddTo(command);
        command.SetAction((parse, cancellation) => RunAsync(console, o.Read(parse), cancellation));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, ScanCommandArguments arguments, CancellationToken cancellation)
    {
        if (HistoryScan.Requested(arguments))
        {
            return HistoryScan.Run(console, arguments, cancellation);
        }

        var prepared = ScanSetup.Prepare(console, arguments);
        if (prepared.ExitCode is { } usage)
        {
            return usage;
        }

        ScanOutcome outcome;
        var warmup = WarmupLog.FromEnvironment(console);
        warmup?.Write("setup");
        using (var progress = new ProgressPrinter(console, !arguments.NoProgress))
        {
            var options = prepared.Options! with { Progress = progress };
            options = warmup is null ? options : options with { Logger = warmup };
            outcome = arguments.Diff is { } baseRef
                ? await DiffScanner.RunAsync(options, baseRef, cancellation).ConfigureAwait(false)
                : await Scanner.RunAsync(options, cancellation).ConfigureAwait(false);
        }

        var exit = Finish(console, arguments, prepared, outcome);
        warmup?.Write("report");
        if (arguments.Upload is not { } upload || outcome.Report is not { } report || exit is not (ExitCodes.Clean or ExitCodes.GateFailed))
        {
            return exit;
        }

        // The gate's exit code stands unless the upload fails (docs/store.md).
        var folder = prepared.Options!.Artifact.Folder is { } scanned ? Path.GetFullPath(scanned) : Directory.GetCurrentDirectory();
        return await ScanUpload.RunAsync(console, upload, report, folder, exit, cancellation).ConfigureAwait(false);
    }

    /// <summary>Writes the outcome's reports to standard output and the output files, and returns the exit code.</summary>
    internal static int Finish(CliConsole console, ScanCommandArguments arguments, PreparedScan prepared, ScanOutcome outcome)
    {
        if (outcome.Report is not { } report)
        {
            foreach (var error in outcome.SetupErrors)
            {
                console.Error.WriteLine($"rampart: {error}");
            }

            return ExitCodes.Usage;
        }

        // Reports that are read against the repository (SARIF) name paths from its root, even when a folder of it was scanned.
        // Standard input is no folder of a repository: its findings are located in <stdin> alone.
        var folder = prepared.Options!.Artifact.Folder is { } scanned ? Path.GetFullPath(scanned) : null;
        var reportOptions = new ReportOptions
        {
            Color = console.UseColor(arguments.NoColor),
            Width = console.Width,
            RepositoryRoot = folder is null ? null : WorkTree.TopOf(folder) ?? folder,
            PathPrefix = folder is null ? "" : WorkTree.PrefixOf(folder),
            MinimumSeverity = prepared.MinimumSeverity,
            OnlyBlocking = arguments.Quiet,
            ShowNotOpen = arguments.ShowAll,
        };
        console.Out.WriteReport(prepared.StdoutWriter!, report, reportOptions);
        var unwritten = 0;
        foreach (var output in prepared.Outputs)
        {
            var error = OutputFile.Write(output.Path, stream => ReportStreams.Write(output.Writer, report, stream, reportOptions with { Color = false }));
            if (error is not null)
            {
                unwritten++;
                console.Error.WriteLine($"rampart: {error}");
            }
        }

        if (unwritten > 0)
        {
            return ExitCodes.Usage;
        }

        if (outcome.AnalyzerFailures > 0)
        {
            return console.Fail(ExitCodes.Internal, $"{outcome.AnalyzerFailures} analyzer failure(s); see the {ScanRules.AnalyzerFailed.Id} findings");
        }

        return report.Gate.Passed ? ExitCodes.Clean : ExitCodes.GateFailed;
    }
}
