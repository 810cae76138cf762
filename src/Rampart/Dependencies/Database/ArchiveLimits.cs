namespace Rampart.Dependencies.Database;

/// <summary>
/// Bounds on what an import reads, so that a hostile or broken source cannot exhaust the disk, memory or time: the
/// size of a downloaded archive, the number of entries (or files of a folder), the size of one record, the bytes of
/// all records together, and how much larger an entry may be than its compressed form. Sized for OSV's own archives
/// (npm's, the largest, has a few hundred thousand records and compresses about tenfold).
/// </summary>
public sealed record ArchiveLimits
{
    public static ArchiveLimits Default { get; } = new();

    public long MaxArchiveBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    public int MaxEntries { get; init; } = 2_000_000;

    public long MaxEntryBytes { get; init; } = 32L * 1024 * 1024;

    public long MaxTotalBytes { get; init; } = 16L * 1024 * 1024 * 1024;

    /// <summary>Largest uncompressed-to-compressed ratio of an entry over <see cref="RatioFloorBytes"/>, and of the whole archive.</summary>
    public int MaxRatio { get; init; } = 100;

    /// <summary>Entries smaller than this are not held to <see cref="MaxRatio"/> (a tiny repetitive file compresses well).</summary>
    public long RatioFloorBytes { get; init; } = 1024 * 1024;

    /// <summary>Time allowed for one download, headers and body.</summary>
    public TimeSpan DownloadTimeout { get; init; } = TimeSpan.FromMinutes(15);
}
