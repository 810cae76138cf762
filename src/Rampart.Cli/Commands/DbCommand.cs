using System.CommandLine;
using Rampart.Cli.Output;

namespace Rampart.Cli.Commands;

/// <summary><c>rampart db …</c>: the findings store's database.</summary>
internal static class DbCommand
{
    public static Command Create(CliConsole console)
    {
        var db = new Command("db", "The findings store's database.");
        db.Subcommands.Add(DbMigrateCommand.Create(console));
        return db;
    }
}
