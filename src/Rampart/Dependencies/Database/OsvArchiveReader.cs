using System.Buffers;
using System.IO.Compression;
using Rampart.Dependencies.Osv;

namespace Rampart.Dependencies.Database;

/// <summary>
/// Reads the OSV records of an <c>all.zip</c> archive (one JSON record per entry) within <see cref="ArchiveLimits"/>.
/// An archive with an entry whose name leads elsewhere (<c>../</c>, an absolute path, a drive letter), too many
/// entries, or sizes or ratios over the limits is rejected as a whole with the reason; entries that are not JSON
/// files are skipped and counted; records that do not read are counted and named by their entry. Nothing is extracted.
/// </summary>
internal static class OsvArchiveReader
{
    public static void Read(Stream archive, ArchiveLimits limits, Action<OsvRecord> add, ImportTally tally)
    {
        try
        {
            using var zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
            if (Refusal(zip, archive.Length, limits) is { } refusal)
            {
                tally.Error = refusal;
                return;
            }

            ReadEntries(zip, archive.Length, limits, add, tally);
        }
        catch (InvalidDataException e)
        {
            tally.Error = $"not a valid zip archive: {e.Message}";
        }
    }

    /// <summary>Why the archive is refused from its directory alone (names, count, declared sizes), or null.</summary>
    private static string? Refusal(ZipArchive zip, long archiveBytes, ArchiveLimits limits)
    {
        if (zip.Entries.Count > limits.MaxEntries)
        {
            return $"too many entries: {zip.Entries.Count:N0} (the limit is {limits.MaxEntries:N0})";
        }

        long declared = 0;
        foreach (var entry in zip.Entries)
        {
            if (UnsafeName(entry.FullName))
            {
                return $"entry '{entry.FullName}' has a path that leads out of the archive; the archive is rejected";
            }

            if (entry.Length > limits.MaxEntryBytes)
            {
                return $"entry '{entry.FullName}' is {entry.Length:N0} bytes uncompressed (the limit is {limits.MaxEntryBytes:N0})";
            }

            if (entry.Length > limits.RatioFloorBytes && entry.Length > (long)limits.MaxRatio * Math.Max(1, entry.CompressedLength))
            {
                return $"entry '{entry.FullName}' expands {entry.Length / Math.Max(1, entry.CompressedLength):N0} times (the limit is {limits.MaxRatio}): a zip bomb";
            }

            declared += entry.Length;
        }

        return TotalRefusal(declared, archiveBytes, limits);
    }

    private static string? TotalRefusal(long total, long archiveBytes, ArchiveLimits limits)
    {
        if (total > limits.MaxTotalBytes)
        {
            return $"the entries hold more than {limits.MaxTotalBytes:N0} bytes uncompressed";
        }

        return total > limits.RatioFloorBytes && total > (long)limits.MaxRatio * Math.Max(1, archiveBytes)
            ? $"the archive expands more than {limits.MaxRatio} times: a zip bomb"
            : null;
    }

    private static void ReadEntries(ZipArchive zip, long archiveBytes, ArchiveLimits limits, Action<OsvRecord> add, ImportTally tally)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        long total = 0;
        try
        {
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                if (!entry.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    tally.Skipped++;
                    continue;
                }

                // The directory's sizes may lie: the bytes actually inflated count.
                using var stream = entry.Open();
                var length = Bounded.ReadAll(stream, ref buffer, limits.MaxEntryBytes);
                if (length < 0)
                {
                    tally.Error = $"entry '{entry.FullName}' inflates to more than {limits.MaxEntryBytes:N0} bytes: a zip bomb";
                    return;
                }

                total += length;
                if (TotalRefusal(total, archiveBytes, limits) is { } refusal)
                {
                    tally.Error = refusal;
                    return;
                }

                RecordFiles.Add(entry.FullName, buffer.AsSpan(0, length), add, tally);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A name with a <c>..</c> segment, a leading slash or backslash, a drive letter or a NUL.</summary>
    internal static bool UnsafeName(string name)
    {
        if (name.Length == 0 || name[0] is '/' or '\\' || name.Contains('\0', StringComparison.Ordinal)
            || (name.Length >= 2 && name[1] == ':' && char.IsAsciiLetter(name[0])))
        {
            return true;
        }

        return name.Split('/', '\\').Any(segment => segment == "..");
    }
}
