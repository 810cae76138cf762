using Microsoft.Data.Sqlite;
using Npgsql;
using Rampart.Store.Data;

namespace Rampart.Store;

/// <summary>Which database the store uses: a SQLite file or a PostgreSQL server, and how to connect to it.</summary>
/// <param name="Kind">The engine.</param>
/// <param name="ConnectionString">The ADO.NET connection string.</param>
/// <param name="Display">What to show a person: the file, or host/database without the password.</param>
public sealed record StoreDatabase(DialectKind Kind, string ConnectionString, string Display)
{
    /// <summary>The SQLite file name inside the data directory.</summary>
    public const string FileName = "rampart.db";

    /// <summary>
    /// The database <paramref name="database"/> names (a PostgreSQL URL <c>postgres://…</c>, an Npgsql connection
    /// string with <c>Host=</c>, or a SQLite file path), or, when it is empty, <c>rampart.db</c> in the data directory:
    /// <paramref name="dataDir"/>, else <c>RAMPART_DATA_DIR</c>, else <c>$XDG_DATA_HOME/rampart</c>, else <c>~/.local/share/rampart</c>.
    /// </summary>
    public static StoreDatabase Resolve(string? database, string? dataDir, Func<string, string?> environment)
    {
        if (string.IsNullOrWhiteSpace(database))
        {
            var folder = DataDirectory(dataDir, environment);
            return Sqlite(Path.Combine(folder, FileName));
        }

        if (database.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || database.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(PostgresUrl.ToConnectionString(database));
        }

        if (database.Contains("host=", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(database);
        }

        return Sqlite(database.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) ? database["sqlite:".Length..] : database);
    }

    /// <summary>The data directory: the option, <c>RAMPART_DATA_DIR</c>, or the XDG data home's <c>rampart/</c>.</summary>
    public static string DataDirectory(string? dataDir, Func<string, string?> environment)
    {
        if (!string.IsNullOrWhiteSpace(dataDir))
        {
            return Path.GetFullPath(dataDir);
        }

        if (environment("RAMPART_DATA_DIR") is { Length: > 0 } fromEnvironment)
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var xdg = environment("XDG_DATA_HOME");
        var home = string.IsNullOrEmpty(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
            : xdg;
        return Path.Combine(home, "rampart");
    }

    /// <summary>A SQLite file (its folder is created when the store opens).</summary>
    public static StoreDatabase Sqlite(string path)
    {
        var full = Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        };
        return new(DialectKind.Sqlite, builder.ToString(), full);
    }

    /// <summary>A PostgreSQL database from an Npgsql connection string.</summary>
    public static StoreDatabase Postgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return new(DialectKind.Postgres, builder.ConnectionString, $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}");
    }
}
