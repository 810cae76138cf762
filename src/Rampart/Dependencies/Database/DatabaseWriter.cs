using System.Buffers;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Rampart.Dependencies.Osv;

namespace Rampart.Dependencies.Database;

/// <summary>
/// Writes a new advisory database file in one transaction (journal off: the file is not in use until
/// <see cref="DatabaseUpdater"/> moves it into place, and a failed write is deleted, never read).
/// </summary>
internal sealed class DatabaseWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly SqliteCommand insertRecord;
    private readonly SqliteCommand insertPackage;
    private readonly ArrayBufferWriter<byte> buffer = new(4096);
    private readonly HashSet<PackageKey> keys = [];
    private long nextRid = 1;

    /// <summary>A new database at <paramref name="path"/>; <paramref name="previous"/>, when given, is the one it replaces, for <see cref="CopyFrom"/>.</summary>
    public DatabaseWriter(string path, string? previous)
    {
        FilePath = path;
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        connection.Open();
        Execute("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=8192;");
        Execute(DatabaseSchema.Create);
        if (previous is not null)
        {
            // SQLite attaches only outside a transaction.
            using var attach = connection.CreateCommand();
            attach.CommandText = "ATTACH DATABASE $path AS old";
            attach.Parameters.AddWithValue("$path", previous);
            attach.ExecuteNonQuery();
        }

        transaction = connection.BeginTransaction();
        insertRecord = Command("""
            INSERT INTO records(rid, origin, id, aliases, withdrawn, summary, severity, database_severity, affected)
            VALUES ($rid, $origin, $id, $aliases, $withdrawn, $summary, $severity, $databaseSeverity, $affected)
            """, "$rid", "$origin", "$id", "$aliases", "$withdrawn", "$summary", "$severity", "$databaseSeverity", "$affected");
        insertPackage = Command("INSERT OR IGNORE INTO packages(ecosystem, name, rid, id, match) VALUES ($ecosystem, $name, $rid, $id, $match)", "$ecosystem", "$name", "$rid", "$id", "$match");
    }

    public string FilePath { get; }

    /// <summary>Starts one ecosystem's records, which <see cref="EndEcosystem"/> keeps or drops together.</summary>
    public void BeginEcosystem() => transaction.Save("ecosystem");

    /// <summary>Keeps the records added since <see cref="BeginEcosystem"/>, or drops them all (a rejected archive).</summary>
    public void EndEcosystem(bool keep)
    {
        if (keep)
        {
            transaction.Release("ecosystem");
        }
        else
        {
            transaction.Rollback("ecosystem");
            transaction.Release("ecosystem");
        }
    }

    /// <summary>Adds a record imported for <paramref name="origin"/> (the ecosystem whose data it came with).</summary>
    public void Add(string origin, OsvRecord record)
    {
        var rid = nextRid++;
        var p = insertRecord.Parameters;
        p[0].Value = rid;
        p[1].Value = origin;
        p[2].Value = record.Id;
        p[3].Value = record.Aliases.Count == 0 ? DBNull.Value : AffectedCodec.WriteStrings(record.Aliases);
        p[4].Value = record.Withdrawn is { } withdrawn ? withdrawn.ToString("O", CultureInfo.InvariantCulture) : DBNull.Value;
        p[5].Value = (object?)record.Summary ?? DBNull.Value;
        p[6].Value = record.SeverityVectors.Count == 0 ? DBNull.Value : AffectedCodec.WriteStrings(record.SeverityVectors);
        p[7].Value = (object?)record.DatabaseSeverity ?? DBNull.Value;
        p[8].Value = AffectedCodec.Write(record.Affected, buffer);
        insertRecord.ExecuteNonQuery();

        keys.Clear();
        foreach (var affected in record.Affected)
        {
            var key = PackageKey.Of(affected.Ecosystem, affected.Name);
            if (key.Name.Length > 0 && keys.Add(key))
            {
                // The package's own entries; none for a withdrawn record, which matches nothing.
                var entries = record.Withdrawn is null ? record.Affected.Where(a => PackageKey.Of(a.Ecosystem, a.Name) == key) : [];
                var q = insertPackage.Parameters;
                q[0].Value = key.Ecosystem;
                q[1].Value = key.Name;
                q[2].Value = rid;
                q[3].Value = record.Id;
                q[4].Value = MatchDataCodec.Write(entries, buffer);
                insertPackage.ExecuteNonQuery();
            }
        }
    }

    /// <summary>Records where <paramref name="ecosystem"/>'s data came from, when, and how many records it gave.</summary>
    public void SetSource(string ecosystem, string source, DateTimeOffset importedAt, long records)
    {
        using var command = Command("INSERT OR REPLACE INTO sources(ecosystem, source, imported_at, records) VALUES ($e, $s, $t, $n)", "$e", "$s", "$t", "$n");
        command.Parameters[0].Value = ecosystem;
        command.Parameters[1].Value = source;
        command.Parameters[2].Value = importedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        command.Parameters[3].Value = records;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Copies the records and source rows of <paramref name="ecosystems"/> from the previous database (the one being
    /// replaced), so that an ecosystem that was not updated this time keeps its data. Returns the ecosystems copied.
    /// </summary>
    public IReadOnlyList<string> CopyFrom(IReadOnlyCollection<string> ecosystems)
    {
        var copied = new List<string>();
        foreach (var ecosystem in ecosystems)
        {
            using var command = Command("""
                INSERT INTO records SELECT rid + $offset, origin, id, aliases, withdrawn, summary, severity, database_severity, affected FROM old.records WHERE origin = $e;
                INSERT OR IGNORE INTO packages SELECT p.ecosystem, p.name, p.rid + $offset, p.id, p.match FROM old.packages p JOIN old.records r ON r.rid = p.rid WHERE r.origin = $e;
                INSERT OR REPLACE INTO sources SELECT * FROM old.sources WHERE ecosystem = $e;
                """, "$offset", "$e");
            command.Parameters[0].Value = nextRid;
            command.Parameters[1].Value = ecosystem;
            if (command.ExecuteNonQuery() > 0)
            {
                copied.Add(ecosystem);
            }

            using var max = Command("SELECT IFNULL(MAX(rid), 0) FROM records");
            nextRid = (long)max.ExecuteScalar()! + 1;
        }

        return copied;
    }

    public void Commit()
    {
        using (var meta = Command("INSERT INTO meta(key, value) VALUES ('schema', $v)", "$v"))
        {
            meta.Parameters[0].Value = DatabaseSchema.Version.ToString(CultureInfo.InvariantCulture);
            meta.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public void Dispose()
    {
        insertRecord.Dispose();
        insertPackage.Dispose();
        transaction.Dispose();
        connection.Dispose();
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }
}
