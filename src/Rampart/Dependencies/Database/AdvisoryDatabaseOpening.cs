namespace Rampart.Dependencies.Database;

/// <summary>The outcome of <see cref="AdvisoryDatabase.Open"/>: the database, or the reason there is none to read.</summary>
public sealed record AdvisoryDatabaseOpening(AdvisoryDatabase? Database, string? Error);
