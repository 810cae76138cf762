using Rampart.Cli.Output;
using Rampart.Findings;
using Rampart.History;
using Rampart.Scanning;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart scan PATH --history [--since REF]</c> and <c>--staged</c>: checks the options and the repository
/// (every mistake a usage error, exit 2), then runs <see cref="HistorySecretScanner"/> and writes its reports like
/// any scan. <c>--staged</c>, for a pre-commit hook, exits 1 on any open secret, whatever the gate's thresholds.
/// </summary>
internal static class HistoryScan
{
    public static bool Requested(ScanCommandArguments arguments) => arguments.History || arguments.Staged || arguments.Since is not null;

    /// <summary>The exit code of a usage error in the history options or the repository, after saying what it is; null when they are fine.</summary>
    public static int? Check(CliConsole console, ScanCommandArguments arguments) =>
        (Misuse(arguments) ?? HistoryReader.Check(arguments.Path, arguments.Since)) is { } error ? console.Fail(ExitCodes.Usage, error) : null;

    public static int Run(CliConsole console, ScanCommandArguments arguments, CancellationToken cancellation)
    {
        if (Check(console, arguments) is { } misuse)
        {
            return misuse;
        }

        var prepared = ScanSetup.Prepare(console, arguments);
        if (prepared.ExitCode is { } usage)
        {
            return usage;
        }

        var outcome = HistorySecretScanner.Run(prepared.Options!, arguments.Staged, arguments.Since, cancellation);
        if (outcome.History is { } read && !arguments.Quiet)
        {
            var what = arguments.Staged ? "the index" : $"{read.Commits} commit(s)";
            console.Error.WriteLine($"rampart: {what}: {read.AddedLines} added line(s) scanned, {read.BinaryFiles} binary file change(s) skipped, {read.TruncatedLines} line(s) cut, {read.CappedFiles} file change(s) cut");
        }

        var exit = ScanCommand.Finish(console, arguments, prepared, outcome);
        var openSecret = outcome.Report?.Findings.Any(f => f.Category == Category.Secret && f.Status == FindingStatus.Open) ?? false;
        return arguments.Staged && exit == ExitCodes.Clean && openSecret ? ExitCodes.GateFailed : exit;
    }

    private static string? Misuse(ScanCommandArguments arguments) => arguments switch
    {
        { Since: not null, History: false } => "--since needs --history",
        { Staged: true, History: true } => "--staged scans the index and --history the commits: give one of them",
        { Stdin: true } => $"--{(arguments.Staged ? "staged" : "history")} reads a git repository, not standard input",
        { Diff: not null } => $"--{(arguments.Staged ? "staged" : "history")} and --diff cannot be combined",
        { PathError: { } pathError } => pathError,
        _ => null,
    };
}
