using System.CommandLine;
using Rampart.Store;

namespace Rampart.Cli.Commands;

/// <summary>The options that name the findings store: <c>--database</c> and <c>--data-dir</c> (docs/store.md).</summary>
internal sealed class StoreLocationOptions
{
    private readonly Option<string?> database = new("--database")
    {
        Description = "The store: a PostgreSQL URL (postgres://user:password@host/db) or connection string (Host=…), or a SQLite file (default: rampart.db in the data directory).",
    };

    private readonly Option<string?> dataDir = new("--data-dir")
    {
        Description = "The data directory of the SQLite store (default: RAMPART_DATA_DIR, else $XDG_DATA_HOME/rampart, else ~/.local/share/rampart).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(database);
        command.Options.Add(dataDir);
    }

    public StoreDatabase Read(ParseResult parse) =>
        StoreDatabase.Resolve(parse.GetValue(database) ?? Environment.GetEnvironmentVariable("RAMPART_DATABASE"), parse.GetValue(dataDir), Environment.GetEnvironmentVariable);
}
