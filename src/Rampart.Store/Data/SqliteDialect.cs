using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Rampart.Store.Data;

/// <summary>SQLite in WAL mode with a busy timeout: readers never wait for the writer, writers wait for each other.</summary>
internal sealed class SqliteDialect(string connectionString) : Dialect
{
    private const int Busy = 5;
    private const int Locked = 6;

    public override DialectKind Kind => DialectKind.Sqlite;

    public override string MigrationFolder => "sqlite";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellation)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellation).ConfigureAwait(false);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 60000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
        await pragma.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        return connection;
    }

    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, long lockKey, CancellationToken cancellation) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override bool IsTransient(Exception error) =>
        error is SqliteException { SqliteErrorCode: Busy or Locked };

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
