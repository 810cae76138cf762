using System.Globalization;
using Microsoft.Data.Sqlite;
using Rampart.Dependencies.Osv;

namespace Rampart.Dependencies.Database;

/// <summary>
/// The local advisory database that <c>rampart db update</c> fills, read-only: the records that affect given packages,
/// and where and when each ecosystem's data was imported. <see cref="UpdatedAt"/> is the oldest ecosystem's import
/// time, so that staleness is judged by the data most out of date. Never downloads anything.
/// </summary>
public sealed class AdvisoryDatabase : IAdvisorySource, IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteCommand lookup;
    private byte[] buffer = new byte[4096];

    private AdvisoryDatabase(SqliteConnection connection, IReadOnlyList<DatabaseSource> sources)
    {
        this.connection = connection;
        Sources = sources;
        UpdatedAt = sources.Count == 0 ? null : sources.Min(s => s.ImportedAt);
        // One statement per ecosystem looks up all of its names: SQLite walks the JSON array of names and probes the
        // package index for each, so a scan of 10,000 packages costs a handful of statements, not 10,000.
        lookup = connection.CreateCommand();
        lookup.CommandText = """
            SELECT r.rid, r.id, r.aliases, r.withdrawn, r.summary, r.severity, r.database_severity, r.affected
            FROM json_each($names) k CROSS JOIN packages p CROSS JOIN records r
            WHERE p.ecosystem = $e AND p.name = k.value AND r.rid = p.rid
            """;
        lookup.Parameters.Add(new SqliteParameter { ParameterName = "$e" });
        lookup.Parameters.Add(new SqliteParameter { ParameterName = "$names" });
        lookup.Prepare();
    }

    /// <summary>The ecosystems imported, in name order.</summary>
    public IReadOnlyList<DatabaseSource> Sources { get; }

    public DateTimeOffset? UpdatedAt { get; }

    /// <summary>The database file under <paramref name="cacheDir"/>.</summary>
    public static string PathIn(string cacheDir) => Path.Combine(cacheDir, "osv", "advisories.db");

    /// <summary>The database in <paramref name="cacheDir"/>, or an error saying why there is none to read.</summary>
    public static AdvisoryDatabaseOpening Open(string cacheDir)
    {
        var path = PathIn(cacheDir);
        if (!File.Exists(path))
        {
            return new AdvisoryDatabaseOpening(null, $"no vulnerability database in {cacheDir}: run 'rampart db update' first");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            connection.Open();
            using var version = connection.CreateCommand();
            version.CommandText = "SELECT value FROM meta WHERE key = 'schema'";
            if (version.ExecuteScalar() as string != DatabaseSchema.Version.ToString(CultureInfo.InvariantCulture))
            {
                connection.Dispose();
                return new AdvisoryDatabaseOpening(null, $"the vulnerability database {path} was written by another version of Rampart: run 'rampart db update'");
            }

            return new AdvisoryDatabaseOpening(new AdvisoryDatabase(connection, ReadSources(connection)), null);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            return new AdvisoryDatabaseOpening(null, $"the vulnerability database {path} cannot be read ({e.Message}): run 'rampart db update'");
        }
    }

    public IReadOnlyList<OsvRecord> RecordsFor(IReadOnlyCollection<(string Ecosystem, string Name)> packages)
    {
        ArgumentNullException.ThrowIfNull(packages);
        var byEcosystem = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (ecosystem, name) in packages)
        {
            var key = PackageKey.Of(ecosystem, name);
            if (!byEcosystem.TryGetValue(key.Ecosystem, out var names))
            {
                byEcosystem[key.Ecosystem] = names = new HashSet<string>(StringComparer.Ordinal);
            }

            names.Add(key.Name);
        }

        var seen = new HashSet<long>();
        var records = new List<OsvRecord>();
        lock (lookup)
        {
            foreach (var (ecosystem, names) in byEcosystem)
            {
                lookup.Parameters[0].Value = ecosystem;
                lookup.Parameters[1].Value = AffectedCodec.WriteStrings([.. names]);
                using var reader = lookup.ExecuteReader();
                while (reader.Read())
                {
                    if (seen.Add(reader.GetInt64(0)))
                    {
                        records.Add(Record(reader));
                    }
                }
            }
        }

        return records;
    }

    public void Dispose()
    {
        lookup.Dispose();
        connection.Dispose();
    }

    private OsvRecord Record(SqliteDataReader reader) =>
        new(reader.GetString(1), AffectedCodec.ReadAffected(Bytes(reader, 7)))
        {
            Aliases = reader.IsDBNull(2) ? [] : AffectedCodec.ReadStrings(Bytes(reader, 2)),
            Withdrawn = Text(reader, 3) is { } withdrawn ? DateTimeOffset.Parse(withdrawn, CultureInfo.InvariantCulture) : null,
            Summary = Text(reader, 4),
            SeverityVectors = reader.IsDBNull(5) ? [] : AffectedCodec.ReadStrings(Bytes(reader, 5)),
            DatabaseSeverity = Text(reader, 6),
        };

    /// <summary>A column's bytes (a blob, or a text's UTF-8) in a buffer reused from row to row: no array per value.</summary>
    private ReadOnlySpan<byte> Bytes(SqliteDataReader reader, int column)
    {
        var length = (int)reader.GetBytes(column, 0, null, 0, 0);
        if (buffer.Length < length)
        {
            buffer = new byte[Math.Max(length, buffer.Length * 2)];
        }

        reader.GetBytes(column, 0, buffer, 0, length);
        return buffer.AsSpan(0, length);
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static List<DatabaseSource> ReadSources(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT ecosystem, source, imported_at, records FROM sources ORDER BY ecosystem";
        using var reader = command.ExecuteReader();
        var sources = new List<DatabaseSource>();
        while (reader.Read())
        {
            sources.Add(new DatabaseSource(
                reader.GetString(0),
                reader.GetString(1),
                DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture),
                reader.GetInt64(3)));
        }

        return sources;
    }
}
