namespace Rampart.Dependencies.Database;

/// <summary>
/// The tables of the advisory database: one row per OSV record (what matching needs, the affected entries as compact
/// JSON), one row per (ecosystem, normalized name, record) it affects, and one row per imported ecosystem (its
/// source, import time and record count). <see cref="Version"/> changes with any change here; a database of another
/// version is not read (run <c>rampart db update</c> again).
/// </summary>
internal static class DatabaseSchema
{
    public const int Version = 1;

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
        CREATE TABLE packages(ecosystem TEXT NOT NULL, name TEXT NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY(ecosystem, name, rid)) WITHOUT ROWID;
        """;
}
