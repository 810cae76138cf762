namespace Rampart.Discovery;

/// <summary>A file to scan: where it is, how big, and what it is.</summary>
public sealed record DiscoveredFile(string RelativePath, string FullPath, long Size, FileKind Kind) : DiscoveryItem(RelativePath)
{
    public FileFormat Format { get; init; } = FileFormat.Unknown;

    /// <summary>
    /// Set for Helm templates: why the file is not checked as it stands (it is only
    /// meaningful after rendering). The scan reports it as an info finding (see
    /// <see cref="DiscoveryFindings.NotRendered"/>) instead of loading it as broken YAML.
    /// </summary>
    public string? NotRenderedReason { get; init; }

    /// <summary>For <see cref="FileKind.Lockfile"/>: the package ecosystem (OSV names: npm, Go, PyPI, …).</summary>
    public string? Ecosystem { get; init; }

    /// <summary>For Helm kinds: the chart folder (relative, forward slashes, empty for the root).</summary>
    public string? Chart { get; init; }

    /// <summary>
    /// Classified by name and place only, its content not read yet (<see cref="DiscoveryOptions.SniffContent"/> off):
    /// <see cref="FirstRead"/> reads it and gives the file as the walk would have classified it.
    /// </summary>
    public bool ContentPending { get; init; }
}
