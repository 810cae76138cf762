namespace Rampart.Loading;

/// <summary>Bounds that keep hostile input from exhausting memory, time or stack.</summary>
public sealed record LoadLimits
{
    public static LoadLimits Default { get; } = new();

    /// <summary>Deepest nesting of collections accepted.</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Files larger than this are not loaded (a finding says so).</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Most nodes a document may expand to when aliases are followed (alias bombs).</summary>
    public long MaxExpandedNodes { get; init; } = 1_000_000;
}
