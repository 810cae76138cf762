namespace Rampart.History;

/// <summary>
/// What a history read went through: commits (merges included), added lines handed on, binary file changes
/// skipped, lines cut at the length limit, file changes cut at the line limit. <see cref="Error"/> is set when
/// the read could not be done (not a repository, an unknown revision, git failing); <see cref="Cancelled"/> when it stopped early.
/// </summary>
public sealed record HistoryResult(int Commits, long AddedLines, int BinaryFiles, int TruncatedLines, int CappedFiles, bool Cancelled, string? Error)
{
    internal static HistoryResult Failed(string error) => new(0, 0, 0, 0, 0, false, error);
}
