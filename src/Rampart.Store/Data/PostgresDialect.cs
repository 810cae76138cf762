using System.Data;
using System.Data.Common;
using Npgsql;

namespace Rampart.Store.Data;

/// <summary>PostgreSQL through one pooled data source; writers of the same lock key queue on an advisory lock.</summary>
internal sealed class PostgresDialect(string connectionString) : Dialect
{
    private readonly NpgsqlDataSource source = NpgsqlDataSource.Create(connectionString);

    public override DialectKind Kind => DialectKind.Postgres;

    public override string MigrationFolder => "postgres";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellation) =>
        await source.OpenConnectionAsync(cancellation).ConfigureAwait(false);

    public override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, long lockKey, CancellationToken cancellation)
    {
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellation).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(@key)";
        command.Parameters.Add(new NpgsqlParameter("key", lockKey));
        await command.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        return transaction;
    }

    public override bool IsTransient(Exception error) =>
        error is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.UniqueViolation };

    public override ValueTask DisposeAsync() => source.DisposeAsync();
}
