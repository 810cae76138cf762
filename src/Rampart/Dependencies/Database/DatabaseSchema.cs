namespace Rampart.Dependencies.Database;

/// <summary>
/// The tables of the advisory database: one row per OSV record (what a report shows of it, the affected entries as
/// compact JSON), one row per (ecosystem, normalized name, record) it affects with the record's id and the lean match
/// data of that package (<see cref="MatchDataCodec"/>), so that matching reads package rows only and the records of
/// the matches alone; and one row per imported ecosystem (its source, import time and record count).
/// <see cref="Version"/> changes with any change here; a database of another version is not read: <c>rampart db
/// update</c> writes a new one (version 1 had no match data in its package rows).
/// </summary>
internal static class DatabaseSchema
{
    public const int Version = 2;

    public const string Create = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE sources(ecosystem TEXT PRIMARY KEY, source TEXT NOT NULL, imported_at TEXT NOT NULL, records INTEGER NOT NULL);
        CREATE TABLE records(
            rid INTEGER PRIMARY KEY,
            origin TEXT NOT NULL,
            id TEXT NOT NULL,
            aliases TEXT,
            withdrawn TEXT,
            summary TEXT,
            severity TEXT,
            database_severity TEXT,
            affected BLOB NOT NULL);
        CREATE TABLE packages(ecosystem TEXT NOT NULL, name TEXT NOT NULL, rid INTEGER NOT NULL, id TEXT NOT NULL, match BLOB NOT NULL, PRIMARY KEY(ecosystem, name, rid)) WITHOUT ROWID;
        """;
}
