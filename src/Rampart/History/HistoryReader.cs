using Rampart.Changes;

namespace Rampart.History;

/// <summary>
/// Reads the lines added by the commits reachable from HEAD (<c>rampart scan --history [--since REF]</c>) or by the
/// index against HEAD (<c>--staged</c>) with one streaming git process, and hands each one to an
/// <see cref="IAddedLineScanner"/>. Every commit is read, merges included: a merge adds only the lines that are in
/// none of its parents (a conflict resolution, an "evil merge"); what a branch brought in is reported on the branch's
/// own commits, with their authors. Renames are followed, so a moved file adds only the lines it changed. Paths are
/// relative to the folder read, which limits the read to that folder. Problems are returned, never thrown.
/// </summary>
public static class HistoryReader
{
    /// <summary>The commit header printed before each commit's patch: a NUL byte, then id, author name, e-mail and ISO date.</summary>
    private const string CommitFormat = "--format=%x00%H%x00%an%x00%ae%x00%aI";

    private static readonly string[] PatchOptions =
    [
        "-U0", "-M", "--no-color", "--no-ext-diff", "--no-textconv", "--src-prefix=a/", "--dst-prefix=b/", "--relative",
    ];

    private static readonly string[] Settings =
    [
        "-c", "core.quotePath=false", "-c", "log.showSignature=false", "-c", "diff.suppressBlankEmpty=false",
    ];

    /// <summary>A usage error for <paramref name="folder"/> (not in a git repository, <paramref name="since"/> not a commit), or null.</summary>
    public static string? Check(string folder, string? since)
    {
        if (!Directory.Exists(folder))
        {
            return $"{folder} is not a folder";
        }

        var inside = GitRunner.Run(folder, "rev-parse", "--show-toplevel");
        if (!inside.Ok)
        {
            return $"{folder} is not inside a git repository ({inside.Error})";
        }

        if (since is null)
        {
            return null;
        }

        return since.StartsWith('-') || !GitRunner.Run(folder, "rev-parse", "--verify", "--quiet", since + "^{commit}").Ok
            ? $"'{since}' is not a commit of the repository at {folder}"
            : null;
    }

    /// <summary>The lines added by every commit reachable from HEAD, or only by those not reachable from <paramref name="since"/>.</summary>
    public static HistoryResult ReadCommits(string folder, string? since, IAddedLineScanner scanner, CancellationToken cancellation, HistoryLimits? limits = null)
    {
        if (Check(folder, since) is { } error)
        {
            return HistoryResult.Failed(error);
        }

        if (!GitRunner.Run(folder, "rev-parse", "--verify", "--quiet", "HEAD^{commit}").Ok)
        {
            return new HistoryResult(0, 0, 0, 0, 0, false, null); // no commit yet
        }

        var range = since is null ? "HEAD" : since + "..HEAD";
        return Read(folder, [.. Settings, "log", "-p", "--cc", CommitFormat, .. PatchOptions, range, "--", "."],
            scanner, limits ?? HistoryLimits.Default, cancellation);
    }

    /// <summary>The lines the index adds against HEAD (against nothing before the first commit), for a pre-commit hook.</summary>
    public static HistoryResult ReadStaged(string folder, IAddedLineScanner scanner, CancellationToken cancellation, HistoryLimits? limits = null)
    {
        if (Check(folder, null) is { } error)
        {
            return HistoryResult.Failed(error);
        }

        return Read(folder, [.. Settings, "diff", "--cached", "-p", .. PatchOptions, "--", "."],
            scanner, limits ?? HistoryLimits.Default, cancellation);
    }

    private static HistoryResult Read(string folder, string[] arguments, IAddedLineScanner scanner, HistoryLimits limits, CancellationToken cancellation)
    {
        var parser = new UnifiedDiffParser(scanner, limits);
        var run = GitRunner.Stream(folder, stream =>
        {
            var reader = new BoundedLineReader(stream, limits.MaxLineBytes);
            while (!cancellation.IsCancellationRequested && reader.TryRead(out var line, out var truncated))
            {
                parser.Feed(line, truncated);
            }
        }, null, cancellation, arguments);
        var cancelled = cancellation.IsCancellationRequested;
        var error = run.Ok || cancelled ? null : $"git {arguments[Settings.Length]} failed: {run.Error}";
        return new HistoryResult(parser.Commits, parser.AddedLines, parser.BinaryFiles, parser.TruncatedLines, parser.CappedFiles, cancelled, error);
    }
}
