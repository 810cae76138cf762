namespace Rampart.History;

/// <summary>
/// A line a commit added to a file (or, for <c>--staged</c>, the index added against HEAD): the path relative to the
/// scanned folder with forward slashes, the 1-based line number in that commit's version of the file, and the text
/// without its line ending. <see cref="Truncated"/> says the text was cut at <see cref="HistoryLimits.MaxLineBytes"/>.
/// </summary>
/// <param name="Commit">The commit that added the line; null for a line added in the index (<c>--staged</c>).</param>
public sealed record AddedLine(CommitInfo? Commit, string Path, int Line, string Text, bool Truncated);
