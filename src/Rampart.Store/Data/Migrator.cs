using System.Data.Common;
using System.Globalization;
using Dapper;

namespace Rampart.Store.Data;

/// <summary>
/// Applies the embedded, versioned SQL migrations of a dialect (<c>Migrations/&lt;dialect&gt;/NNNN_name.sql</c>) that
/// <c>schema_migrations</c> does not list yet, all in one transaction under the write lock, so that two servers
/// starting at once apply each migration once.
/// </summary>
internal static class Migrator
{
    /// <summary>The advisory lock that migrations hold on PostgreSQL ("rampart-migrations" as a number).</summary>
    public const long LockKey = 0x72616d7061727431;

    public static IReadOnlyList<(int Version, string Name, string Sql)> Embedded(string folder)
    {
        var assembly = typeof(Migrator).Assembly;
        var prefix = $"Rampart.Store.Migrations.{folder}.";
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var name = n[prefix.Length..^".sql".Length];
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return (int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture), name, reader.ReadToEnd());
            })
            .OrderBy(m => m.Item1)];
    }

    /// <summary>Applies what is missing; returns the names of the migrations applied now (empty when up to date).</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(Dialect dialect, CancellationToken cancellation)
    {
        await using var connection = await dialect.OpenAsync(cancellation).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, LockKey, cancellation).ConfigureAwait(false);
        await connection.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
            transaction: transaction).ConfigureAwait(false);
        var applied = (await connection.QueryAsync<int>("SELECT version FROM schema_migrations", transaction: transaction).ConfigureAwait(false)).ToHashSet();
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var done = new List<string>();
        foreach (var (version, name, sql) in Embedded(dialect.MigrationFolder))
        {
            if (applied.Contains(version))
            {
                continue;
            }

            await Execute(connection, transaction, sql, cancellation).ConfigureAwait(false);
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @now)",
                new { version, name, now }, transaction).ConfigureAwait(false);
            done.Add(name);
        }

        await transaction.CommitAsync(cancellation).ConfigureAwait(false);
        return done;
    }

    private static async Task Execute(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellation)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // The text is a migration embedded in this assembly, never input.
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
    }
}
