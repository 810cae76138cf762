using System.CommandLine;
using System.Data.Common;
using Rampart.Cli.Output;
using Rampart.Store;

namespace Rampart.Cli.Commands;

/// <summary><c>rampart db migrate [--database …]</c>: applies the store's migrations and nothing else.</summary>
internal static class DbMigrateCommand
{
    public static Command Create(CliConsole console)
    {
        var location = new StoreLocationOptions();
        var migrate = new Command("migrate", "Apply the findings store's schema migrations that the database lacks (the server also does at start).");
        location.AddTo(migrate);
        migrate.SetAction((parse, cancellation) => RunAsync(console, location.Read(parse), cancellation));
        return migrate;
    }

    private static async Task<int> RunAsync(CliConsole console, StoreDatabase database, CancellationToken cancellation)
    {
        IReadOnlyList<string> applied;
        try
        {
            applied = await FindingStore.MigrateAsync(database, cancellation).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            return console.Fail(ExitCodes.Usage, $"cannot migrate the store at {database.Display}: {e.Message}");
        }

        console.Out.WriteLine(applied.Count == 0
            ? $"{database.Display}: up to date"
            : $"{database.Display}: applied {string.Join(", ", applied)}");
        return ExitCodes.Clean;
    }
}
