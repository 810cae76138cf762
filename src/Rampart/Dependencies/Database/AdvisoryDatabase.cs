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
    private readonly SqliteCommand recordsById;
    private readonly SqliteCommand recordsByName;
    private long candidateRowsRead;
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
        recordsById = Prepare($"SELECT {RecordRows.Columns} FROM json_each($rids) k CROSS JOIN records r WHERE r.rid = k.value", "$rids");
        recordsByName = Prepare($"""
            SELECT {RecordRows.Columns} FROM json_each($names) k CROSS JOIN packages p CROSS JOIN records r
            WHERE p.ecosystem = $e AND p.name = k.value AND r.rid = p.rid
            """, "$names", "$e");
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

        var hits = new Dictionary<InventoryPackage, List<(long Rid, List<string> Fixed)>>(ReferenceEqualityComparer.Instance);
        lock (gate)
        {
            foreach (var (key, entries) in Candidates(byKey))
            {
                foreach (var package in byKey[key])
                {
                    if (OsvMatcher.Hits(package, entries) is { Count: > 0 } found)
                    {
                        hits[package] = found;
                    }
                }
            }

            // The whole records of the matches only, for what the report shows of them.
            var matched = hits.Values.SelectMany(h => h.Select(x => x.Rid)).Distinct().Order().ToList();
            var records = matched.Count == 0 ? [] : ReadRecords(recordsById, $"[{string.Join(',', matched)}]", null).ToDictionary(r => r.Rid, r => r.Record);
            return [.. packages.Distinct().Where(hits.ContainsKey).SelectMany(p => OsvMatcher.Merge(p, [.. hits[p].Select(h => (records[h.Rid], h.Fixed))]))];
        }
    }

    /// <summary>The whole records that affect any of the given packages (ecosystem as OSV names it, name as the inventory normalizes it).</summary>
    public IReadOnlyList<OsvRecord> RecordsFor(IReadOnlyCollection<(string Ecosystem, string Name)> packages)
    {
        ArgumentNullException.ThrowIfNull(packages);
        var seen = new HashSet<long>();
        var records = new List<OsvRecord>();
        lock (gate)
        {
            foreach (var names in packages.Select(p => PackageKey.Of(p.Ecosystem, p.Name)).Distinct().GroupBy(k => k.Ecosystem, k => k.Name))
            {
                records.AddRange(ReadRecords(recordsByName, AffectedCodec.WriteStrings([.. names]), names.Key).Where(r => seen.Add(r.Rid)).Select(r => r.Record));
            }
        }

        return records;
    }

    public void Dispose()
    {
        lock (gate)
        {
            candidates.Dispose();
            recordsById.Dispose();
            recordsByName.Dispose();
            connection.Dispose();
        }
    }

    /// <summary>Each looked-up key's candidates: (rid, record id, an entry for the package), in row order.</summary>
    private Dictionary<PackageKey, List<(long Rid, string Id, OsvAffected Affected)>> Candidates(Dictionary<PackageKey, List<InventoryPackage>> byKey)
    {
        var found = new Dictionary<PackageKey, List<(long, string, OsvAffected)>>();
        var ecosystems = new EcosystemNames();
        foreach (var group in byKey.Keys.GroupBy(k => k.Ecosystem, StringComparer.Ordinal))
        {
            var keys = group.ToList();
            candidates.Parameters[0].Value = AffectedCodec.WriteStrings([.. keys.Select(k => k.Name)]);
            candidates.Parameters[1].Value = group.Key;
            using var reader = candidates.ExecuteReader();
            List<(byte[], string)> versions = [];
            while (reader.Read())
            {
                Interlocked.Increment(ref candidateRowsRead);
                var key = keys[reader.GetInt32(0)];
                var (rid, id) = (reader.GetInt64(1), reader.GetString(2));
                if (!found.TryGetValue(key, out var list))
                {
                    found[key] = list = [];
                    versions = [.. byKey[key].Select(p => p.Version).Distinct(StringComparer.Ordinal).Select(v => (Encoding.UTF8.GetBytes(v), v))];
                }

                list.AddRange(MatchDataCodec.Read(RecordRows.Bytes(reader, 3), key.Name, versions, ecosystems).Select(entry => (rid, id, entry)));
            }
        }

        return found;
    }

    private List<(long Rid, OsvRecord Record)> ReadRecords(SqliteCommand command, string keys, string? ecosystem)
    {
        command.Parameters[0].Value = keys;
        if (ecosystem is not null)
        {
            command.Parameters[1].Value = ecosystem;
        }

        var records = new List<(long, OsvRecord)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            Interlocked.Increment(ref recordsRead);
            records.Add((reader.GetInt64(0), RecordRows.Record(reader)));
        }

        return records;
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
