using System.CommandLine;
using Rampart.Cli.Output;

namespace Rampart.Cli.Commands;

/// <summary><c>rampart db …</c>: the local databases Rampart keeps (vulnerability data, the findings store).</summary>
internal static class DbCommand
{
    public static Command Create(CliConsole console)
    {
        var db = new Command("db", "The local databases: vulnerability data (OSV) and the findings store.");
        db.Subcommands.Add(DbUpdateCommand.Create(console));
        db.Subcommands.Add(DbMigrateCommand.Create(console));
        return db;
    }
}
