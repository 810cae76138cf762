namespace Rampart.History;

/// <summary>A commit of the history: its full id, its author (name and e-mail as recorded, no mailmap) and the author date.</summary>
public sealed record CommitInfo(string Id, string AuthorName, string AuthorEmail, DateTimeOffset AuthorDate);
