using System.Globalization;
using Microsoft.Data.Sqlite;
using Rampart.Dependencies.Osv;

namespace Rampart.Dependencies.Database;

/// <summary>
/// Reads the database's rows back: a record row (<c>rid, id, aliases, withdrawn, summary, severity,
/// database_severity, affected</c>) into an <see cref="OsvRecord"/>, and blob or text columns as bytes.
/// </summary>
internal static class RecordRows
{
    /// <summary>The columns <see cref="Record"/> reads, after the record's <c>rid</c>.</summary>
    public const string Columns = "r.rid, r.id, r.aliases, r.withdrawn, r.summary, r.severity, r.database_severity, r.affected";

    public static OsvRecord Record(SqliteDataReader reader) =>
        new(reader.GetString(1), AffectedCodec.ReadAffected(Bytes(reader, 7)))
        {
            Aliases = reader.IsDBNull(2) ? [] : AffectedCodec.ReadStrings(Bytes(reader, 2)),
            Withdrawn = Text(reader, 3) is { } withdrawn ? DateTimeOffset.Parse(withdrawn, CultureInfo.InvariantCulture) : null,
            Summary = Text(reader, 4),
            SeverityVectors = reader.IsDBNull(5) ? [] : AffectedCodec.ReadStrings(Bytes(reader, 5)),
            DatabaseSeverity = Text(reader, 6),
        };

    /// <summary>
    /// A column's bytes (a blob, or a text's UTF-8), one array per value: <c>GetBytes</c> into a reused buffer costs
    /// several times more CPU per row in Microsoft.Data.Sqlite than this copy.
    /// </summary>
    public static byte[] Bytes(SqliteDataReader reader, int column) => reader.GetFieldValue<byte[]>(column);

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
