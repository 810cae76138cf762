using System.CommandLine;
using Rampart.Cli.Commands;
using Rampart.Cli.Output;

namespace Rampart.Cli;

internal static class Program
{
    public static int Main(string[] args) => Run(args, CliConsole.System());

    /// <summary>Parses and runs a command line; usage errors exit with 2 and unexpected failures with 3.</summary>
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Rampart: validate, check and gate a GitOps repository, and route every finding to its owners.");
        root.Subcommands.Add(ScanCommand.Create(console));
        root.Subcommands.Add(OwnersCommand.Create(console));
        root.Subcommands.Add(BaselineCommand.Create(console));
        root.Subcommands.Add(SchemasCommand.Create(console));
        root.Subcommands.Add(PolicyCommand.Create(console));
        root.Subcommands.Add(RenderCommand.Create(console));
        root.Subcommands.Add(ChartsCommand.Create(console));
        root.Subcommands.Add(DbCommand.Create(console));
        root.Subcommands.Add(AuditCommand.Create(console));
        root.Subcommands.Add(TokenCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"rampart: {error.Message}");
            }

            console.Error.WriteLine("Run 'rampart --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                Output = console.Out,
                Error = console.Error,
            });
        }
        catch (IOException e) when (console.Out.Failure is not null)
        {
            // Nothing Rampart did is wrong: where the output goes cannot take it (a full disk, a closed pipe).
            console.Error.WriteLine($"rampart: cannot write to standard output: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("rampart: cancelled; no report was written");
            return ExitCodes.Internal;
        }
#pragma warning disable CA1031 // The last line of defence: any escaped exception is an internal failure, reported with exit code 3.
        catch (Exception e)
#pragma warning restore CA1031
        {
            console.Error.WriteLine($"rampart: internal error: {e.GetType().Name}: {e.Message}");
            console.Error.WriteLine(e.StackTrace);
            return ExitCodes.Internal;
        }
    }
}
