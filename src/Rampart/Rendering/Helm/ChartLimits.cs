namespace Rampart.Rendering.Helm;

/// <summary>Bounds on loading a chart, so that a hostile chart or archive cannot exhaust memory.</summary>
public sealed record ChartLimits
{
    public static readonly ChartLimits Default = new();

    /// <summary>Files in one chart, dependencies included.</summary>
    public int MaxFiles { get; init; } = 20_000;

    /// <summary>Bytes of all the files of a chart, dependencies and archives unpacked included.</summary>
    public long MaxTotalBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>Bytes of one file.</summary>
    public long MaxFileBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Depth of nested dependencies (charts/ within charts/).</summary>
    public int MaxDependencyDepth { get; init; } = 16;
}
