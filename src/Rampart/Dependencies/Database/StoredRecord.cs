namespace Rampart.Dependencies.Database;

/// <summary>Where the database keeps a record (its row id), for the records a match needs to be read whole.</summary>
internal sealed record StoredRecord(long Rid);
