using System.CommandLine;
using Rampart.Store;

namespace Rampart.Cli.Commands;

/// <summary>
/// The options that name the findings store: <c>--database</c>, else <c>--database-file</c> (a file holding the same,
/// e.g. a mounted Secret), else <c>RAMPART_DATABASE</c>, else <c>RAMPART_DATABASE_FILE</c>, else the SQLite file in
/// <c>--data-dir</c> (docs/store.md). A database file that cannot be read throws an <see cref="IOException"/> naming it.
/// </summary>
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

    private readonly Option<string?> databaseFile = new("--database-file")
    {
        Description = "A file holding what --database takes (a mounted Secret keeps the password out of the environment; default: RAMPART_DATABASE_FILE).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(database);
        command.Options.Add(databaseFile);
        command.Options.Add(dataDir);
    }

    public StoreDatabase Read(ParseResult parse) =>
        StoreDatabase.Resolve(
            parse.GetValue(database) ?? FromFile(parse.GetValue(databaseFile)) ?? Environment.GetEnvironmentVariable("RAMPART_DATABASE") ?? FromFile(Environment.GetEnvironmentVariable("RAMPART_DATABASE_FILE")),
            parse.GetValue(dataDir),
            Environment.GetEnvironmentVariable);

    private static string? FromFile(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot read the database file {path}: {e.Message}", e);
        }
    }
}
