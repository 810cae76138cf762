using System.Data.Common;

namespace Rampart.Store.Data;

/// <summary>What differs between the engines: connecting, taking the write lock, and which errors are worth a retry.</summary>
internal abstract class Dialect : IAsyncDisposable
{
    public abstract DialectKind Kind { get; }

    /// <summary>The folder of embedded migrations (<c>sqlite</c> or <c>postgres</c>).</summary>
    public abstract string MigrationFolder { get; }

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellation);

    /// <summary>
    /// A write transaction that holds the lock named <paramref name="lockKey"/> until it ends: SQLite takes the
    /// database's write lock (<c>BEGIN IMMEDIATE</c>), PostgreSQL a transaction-scoped advisory lock.
    /// </summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, long lockKey, CancellationToken cancellation);

    /// <summary>A conflict another attempt can get past (busy database, serialization failure, deadlock).</summary>
    public abstract bool IsTransient(Exception error);

    public abstract ValueTask DisposeAsync();

    public static Dialect For(StoreDatabase database) => database.Kind switch
    {
        DialectKind.Postgres => new PostgresDialect(database.ConnectionString),
        _ => new SqliteDialect(database.ConnectionString),
    };
}
