using Rampart.Cli.Output;
using Rampart.History;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart scan PATH --history [--since REF]</c> and <c>--staged</c>: checks the options and the repository
/// (every mistake a usage error, exit 2). The lines are read by <see cref="HistoryReader"/>; scanning them needs
/// the secret scanner, and until they are handed to it the command says so as a usage error.
/// </summary>
internal static class HistoryScan
{
    public const string NotWired = "history scanning is not available yet: the commits are read, but their lines are not yet handed to the secret scanner";

    public static bool Requested(ScanCommandArguments arguments) => arguments.History || arguments.Staged || arguments.Since is not null;

    public static int Run(CliConsole console, ScanCommandArguments arguments)
    {
        if (Misuse(arguments) is { } misuse)
        {
            return console.Fail(ExitCodes.Usage, misuse);
        }

        if (HistoryReader.Check(arguments.Path, arguments.Since) is { } error)
        {
            return console.Fail(ExitCodes.Usage, error);
        }

        return console.Fail(ExitCodes.Usage, NotWired);
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
