using System.Buffers;
using Rampart.Dependencies.Osv;

namespace Rampart.Dependencies.Database;

/// <summary>
/// Reads a folder of OSV JSON files (one record per file, in nested folders) within <see cref="ArchiveLimits"/>:
/// at most <see cref="ArchiveLimits.MaxEntries"/> files of at most <see cref="ArchiveLimits.MaxEntryBytes"/> each.
/// Symbolic links are not followed; files that are not <c>.json</c> are skipped and counted; records that do not
/// read are counted and named by their path.
/// </summary>
internal static class OsvFolderReader
{
    public static void Read(string folder, ArchiveLimits limits, Action<OsvRecord> add, ImportTally tally)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
            IgnoreInaccessible = false,
        };
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var files = 0;
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", options).Order(StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
                if (!name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    tally.Skipped++;
                    continue;
                }

                if (++files > limits.MaxEntries)
                {
                    tally.Error = $"more than {limits.MaxEntries:N0} JSON files";
                    return;
                }

                using var stream = File.OpenRead(file);
                var length = Bounded.ReadAll(stream, ref buffer, limits.MaxEntryBytes);
                if (length < 0)
                {
                    tally.AddInvalid(name, $"larger than {limits.MaxEntryBytes:N0} bytes");
                    continue;
                }

                RecordFiles.Add(name, buffer.AsSpan(0, length), add, tally);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            tally.Error = $"cannot read {folder}: {e.Message}";
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
