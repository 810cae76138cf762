using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Rampart.Dependencies.Inventory;
using Rampart.Dependencies.Osv;

namespace Rampart.Dependencies.Database;

/// <summary>
/// The local advisory database that <c>rampart db update</c> fills, read-only: the vulnerabilities of given packages,
/// and where and when each ecosystem's data was imported. <see cref="UpdatedAt"/> is the oldest ecosystem's import
/// time, so that staleness is judged by the data most out of date. Matching reads the lean package rows of the
/// packages' names and then the full records of the matches only (<see cref="CandidateRowsRead"/> and
/// <see cref="RecordsRead"/> count both). Never downloads anything; thread-safe; the file is closed on dispose.
/// </summary>
public sealed class AdvisoryDatabase : IAdvisorySource, IDisposable
{
    private readonly Lock gate = new();
    private readonly SqliteConnection connection;
    private readonly SqliteCommand candidates;
    private SqliteCommand? recordsById;
    private SqliteCommand? recordsByName;
    private long candidateRowsRead;
    private int statementsPrepared;
    private long recordsRead;

    private AdvisoryDatabase(SqliteConnection connection, IReadOnlyList<DatabaseSource> sources)
    {
        this.connection = connection;
        Sources = sources;
        UpdatedAt = sources.Count == 0 ? null : sources.Min(s => s.ImportedAt);
        // One statement per ecosystem looks up all of its names: SQLite walks the JSON array of names and probes the
        // package index for each (CROSS JOIN keeps that order), so 10,000 packages cost a handful of statements.
        candidates = Prepare("""
            SELECT k.key, p.rid, p.id, p.match FROM json_each($names) k CROSS JOIN packages p
            WHERE p.ecosystem = $e AND p.name = k.value
            """, "$names", "$e");
        // The other statements are prepared when first needed: a scan without matches, or one that never asks for whole
        // records by name, does not pay for them.
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
            var found = version.ExecuteScalar() as string;
            if (found != DatabaseSchema.Version.ToString(CultureInfo.InvariantCulture))
            {
                connection.Dispose();
                return new AdvisoryDatabaseOpening(null, $"the vulnerability database {path} was written by another version of Rampart (schema {(found is { Length: > 0 } ? found : "unknown")}, this version reads schema {DatabaseSchema.Version}): run 'rampart db update' to rebuild it");
            }

            return new AdvisoryDatabaseOpening(new AdvisoryDatabase(connection, ReadSources(connection)), null);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            return new AdvisoryDatabaseOpening(null, $"the vulnerability database {path} cannot be read ({e.Message}): run 'rampart db update'");
        }
    }

    /// <summary>Package rows read by <see cref="Match"/> so far: one per (name looked up, record naming it).</summary>
    public long CandidateRowsRead => Interlocked.Read(ref candidateRowsRead);

    /// <summary>Statements prepared so far: each once per database, however many look-ups it serves.</summary>
    public int StatementsPrepared => Volatile.Read(ref statementsPrepared);

    /// <summary>Whole records read so far: by <see cref="Match"/> the records of its matches only, by <see cref="RecordsFor"/> all.</summary>
    public long RecordsRead => Interlocked.Read(ref recordsRead);

    public IReadOnlyList<VulnerabilityMatch> Match(IReadOnlyList<InventoryPackage> packages)
    {
        ArgumentNullException.ThrowIfNull(packages);
        var byKey = new Dictionary<PackageKey, List<InventoryPackage>>();
        foreach (var package in packages)
        {
            var key = PackageKey.Of(package.Ecosystem, package.Name);
            if (!byKey.TryGetValue(key, out var same))
            {
                byKey[key] = same = [];
            }

            same.Add(package);
        }

        Dictionary<PackageKey, List<OsvCandidate<StoredRecord>>> found;
        lock (gate)
        {
            found = Candidates(byKey);
        }

        // Matching needs no database: other lockfiles of the scan read theirs meanwhile.
        var hits = new Dictionary<InventoryPackage, List<OsvHit<StoredRecord>>>(ReferenceEqualityComparer.Instance);
        var matched = new StringBuilder("[");
        foreach (var (key, candidates) in found)
        {
            foreach (var package in byKey[key])
            {
                var packageHits = OsvMatcher.Hits(package, candidates);
                if (packageHits.Count > 0 && hits.TryAdd(package, packageHits))
                {
                    foreach (var hit in packageHits)
                    {
                        matched.Append(matched.Length > 1 ? "," : "").Append(hit.Record.Rid);
                    }
                }
            }
        }

        if (hits.Count == 0)
        {
            return [];
        }

        // The whole records of the matches only, for what the report shows of them.
        var records = new Dictionary<long, OsvRecord>();
        lock (gate)
        {
            recordsById ??= Prepare($"SELECT {RecordRows.Columns} FROM records r WHERE r.rid IN (SELECT value FROM json_each($rids))", "$rids");
            ReadRecords(recordsById, matched.Append(']').ToString(), null, (rid, record) => records[rid] = record);
        }

        return [.. packages.Distinct().Where(hits.ContainsKey).SelectMany(p => OsvMatcher.Merge(p, hits[p].ConvertAll(h => new OsvHit<OsvRecord>(records[h.Record.Rid], h.Fixed))))];
    }

    /// <summary>The whole records that affect any of the given packages (ecosystem as OSV names it, name as the inventory normalizes it).</summary>
    public IReadOnlyList<OsvRecord> RecordsFor(IReadOnlyCollection<(string Ecosystem, string Name)> packages)
    {
        ArgumentNullException.ThrowIfNull(packages);
        var seen = new HashSet<long>();
        var records = new List<OsvRecord>();
        lock (gate)
        {
            recordsByName ??= Prepare($"""
                SELECT {RecordRows.Columns} FROM json_each($names) k CROSS JOIN packages p CROSS JOIN records r
                WHERE p.ecosystem = $e AND p.name = k.value AND r.rid = p.rid
                """, "$names", "$e");
            foreach (var names in packages.Select(p => PackageKey.Of(p.Ecosystem, p.Name)).Distinct().GroupBy(k => k.Ecosystem, k => k.Name))
            {
                ReadRecords(recordsByName, AffectedCodec.WriteStrings([.. names]), names.Key, (rid, record) =>
                {
                    if (seen.Add(rid))
                    {
                        records.Add(record);
                    }
                });
            }
        }

        return records;
    }

    public void Dispose()
    {
        lock (gate)
        {
            candidates.Dispose();
            recordsById?.Dispose();
            recordsByName?.Dispose();
            connection.Dispose();
        }
    }

    /// <summary>
    /// Each looked-up key's candidates (where the record is kept, its id, an entry for the package), in row order.
    /// Names are looked up in index order, so that neighbouring names share the pages read.
    /// </summary>
    private Dictionary<PackageKey, List<OsvCandidate<StoredRecord>>> Candidates(Dictionary<PackageKey, List<InventoryPackage>> byKey)
    {
        var found = new Dictionary<PackageKey, List<OsvCandidate<StoredRecord>>>();
        var ecosystems = new EcosystemNames();
        var byEcosystem = new Dictionary<string, List<PackageKey>>(StringComparer.Ordinal);
        foreach (var key in byKey.Keys)
        {
            if (!byEcosystem.TryGetValue(key.Ecosystem, out var keys))
            {
                byEcosystem[key.Ecosystem] = keys = [];
            }

            keys.Add(key);
        }

        foreach (var (ecosystem, keys) in byEcosystem)
        {
            keys.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            candidates.Parameters[0].Value = AffectedCodec.WriteStrings([.. keys.ConvertAll(k => k.Name)]);
            candidates.Parameters[1].Value = ecosystem;
            using var reader = candidates.ExecuteReader();
            List<Utf8Text> versions = [];
            while (reader.Read())
            {
                Interlocked.Increment(ref candidateRowsRead);
                var key = keys[reader.GetInt32(0)];
                var (record, id) = (new StoredRecord(reader.GetInt64(1)), reader.GetString(2));
                if (!found.TryGetValue(key, out var list))
                {
                    found[key] = list = [];
                    versions = [.. byKey[key].Select(p => p.Version).Distinct(StringComparer.Ordinal).Select(v => new Utf8Text(Encoding.UTF8.GetBytes(v), v))];
                }

                foreach (var entry in MatchDataCodec.Read(RecordRows.Bytes(reader, 3), key.Name, versions, ecosystems))
                {
                    list.Add(new OsvCandidate<StoredRecord>(record, id, entry));
                }
            }
        }

        return found;
    }

    /// <summary>Reads the records <paramref name="command"/> selects, each handed to <paramref name="read"/> with its row id.</summary>
    private void ReadRecords(SqliteCommand command, string keys, string? ecosystem, Action<long, OsvRecord> read)
    {
        command.Parameters[0].Value = keys;
        if (ecosystem is not null)
        {
            command.Parameters[1].Value = ecosystem;
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            Interlocked.Increment(ref recordsRead);
            read(reader.GetInt64(0), RecordRows.Record(reader));
        }
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        Interlocked.Increment(ref statementsPrepared);
        return command;
    }

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
