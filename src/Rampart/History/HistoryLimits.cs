namespace Rampart.History;

/// <summary>Bounds on what one history read keeps: longer lines are cut, further lines of a huge file change are skipped (and counted).</summary>
public sealed record HistoryLimits
{
    public static HistoryLimits Default { get; } = new();

    /// <summary>Bytes of a diff line kept; the rest of the line is skipped and the line marked truncated.</summary>
    public int MaxLineBytes { get; init; } = 16 * 1024;

    /// <summary>Added lines handed on per file and commit; past it, the file's remaining lines in that commit are skipped.</summary>
    public int MaxAddedLinesPerFile { get; init; } = 100_000;
}
