using System.CommandLine;
using Rampart.Cli.Output;

namespace Rampart.Cli.Commands;

/// <summary><c>rampart db …</c>: the local databases Rampart keeps.</summary>
internal static class DbCommand
{
    public static Command Create(CliConsole console)
    {
        var db = new Command("db", "The local databases: vulnerability data (OSV).");
        db.Subcommands.Add(DbUpdateCommand.Create(console));
        return db;
    }
}
