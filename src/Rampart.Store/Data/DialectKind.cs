namespace Rampart.Store.Data;

/// <summary>The database engines the store runs on.</summary>
public enum DialectKind
{
    /// <summary>An embedded SQLite file: the default, for one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: shared by several server replicas.</summary>
    Postgres,
}
