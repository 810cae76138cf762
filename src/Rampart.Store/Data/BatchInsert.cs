using System.Data.Common;
using System.Text;

namespace Rampart.Store.Data;

/// <summary>
/// Multi-row <c>INSERT … VALUES (…), (…)</c> statements with parameters, a few hundred rows each: one round trip per
/// batch on PostgreSQL and one statement per batch on SQLite, well under both engines' parameter limits.
/// </summary>
internal static class BatchInsert
{
    private const int MaxParameters = 16_000;

    /// <summary>Inserts <paramref name="rows"/>; <paramref name="head"/> is <c>INSERT INTO t (a, b) VALUES</c>, <paramref name="tail"/> what follows the values.</summary>
    public static async Task<int> RunAsync(DbConnection connection, DbTransaction transaction, string head, string tail,
        int columns, IReadOnlyList<object?[]> rows, CancellationToken cancellation)
    {
        // SQLite runs in-process (no round trip to save) and finds a named parameter by a linear search, so many
        // parameters in one statement cost quadratic time there: one prepared single-row statement, re-run, is fastest.
        var perBatch = connection is Microsoft.Data.Sqlite.SqliteConnection ? 1 : Math.Max(1, MaxParameters / columns);
        if (perBatch == 1 && rows.Count > 0)
        {
            return await RunPrepared(connection, transaction, head, tail, columns, rows, cancellation).ConfigureAwait(false);
        }

        var written = 0;
        for (var start = 0; start < rows.Count; start += perBatch)
        {
            var count = Math.Min(perBatch, rows.Count - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder(head.Length + tail.Length + (count * columns * 8));
            sql.Append(head);
            for (var r = 0; r < count; r++)
            {
                sql.Append(r == 0 ? " (" : ", (");
                var row = rows[start + r];
                for (var c = 0; c < columns; c++)
                {
                    var name = "p" + ((r * columns) + c).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    sql.Append(c == 0 ? "@" : ", @").Append(name);
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    parameter.Value = row[c] ?? DBNull.Value;
                    command.Parameters.Add(parameter);
                }

                sql.Append(')');
            }

            sql.Append(' ').Append(tail);
#pragma warning disable CA2100 // Only parameter names and the caller's constant SQL are concatenated; every value is a parameter.
            command.CommandText = sql.ToString();
#pragma warning restore CA2100
            written += await command.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        return written;
    }

    private static async Task<int> RunPrepared(DbConnection connection, DbTransaction transaction, string head, string tail,
        int columns, IReadOnlyList<object?[]> rows, CancellationToken cancellation)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = Enumerable.Range(0, columns).Select(c => "@p" + c.ToString(System.Globalization.CultureInfo.InvariantCulture));
#pragma warning disable CA2100 // Only parameter names and the caller's constant SQL are concatenated; every value is a parameter.
        command.CommandText = $"{head} ({string.Join(", ", names)}) {tail}";
#pragma warning restore CA2100
        var parameters = new DbParameter[columns];
        for (var c = 0; c < columns; c++)
        {
            parameters[c] = command.CreateParameter();
            parameters[c].ParameterName = "p" + c.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.Add(parameters[c]);
        }

        var written = 0;
        foreach (var row in rows)
        {
            for (var c = 0; c < columns; c++)
            {
                parameters[c].Value = row[c] ?? DBNull.Value;
            }

            written += await command.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        return written;
    }
}
