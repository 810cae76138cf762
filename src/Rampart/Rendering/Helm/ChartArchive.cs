using System.Formats.Tar;
using System.IO.Compression;

namespace Rampart.Rendering.Helm;

/// <summary>
/// Reads a chart archive (.tgz) into memory with bounds: entry count and sizes, no absolute paths, no <c>..</c>,
/// only regular files; the first path segment (the chart's folder) is removed, as Helm does.
/// </summary>
internal static class ChartArchive
{
    public static Dictionary<string, byte[]>? Read(Stream archive, string origin, ChartLimits limits, Budget budget, List<RenderProblem> problems)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            using var gzip = new GZipStream(archive, CompressionMode.Decompress);
            using var tar = new TarReader(gzip);
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
                {
                    continue;
                }

                var name = entry.Name.Replace('\\', '/');
                var parts = name.Split('/', StringSplitOptions.RemoveEmptyEntries);
                if (name.StartsWith('/') || parts.Any(p => p == "..") || parts.Length < 2)
                {
                    problems.Add(new RenderProblem(new(origin, 1, 0), $"archive entry '{Cut(name)}' is outside the chart's folder; it was not read"));
                    continue;
                }

                if (entry.Length > limits.MaxFileBytes || !budget.Take(entry.Length))
                {
                    problems.Add(new RenderProblem(new(origin, 1, 0), $"archive entry '{Cut(name)}' is over the size limit; the archive was not read"));
                    return null;
                }

                var data = new byte[entry.Length];
                entry.DataStream?.ReadExactly(data);
                files[string.Join('/', parts.Skip(1))] = data;
            }
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or EndOfStreamException or IOException)
        {
            problems.Add(new RenderProblem(new(origin, 1, 0), "the chart archive cannot be read: " + e.Message));
            return null;
        }

        return files;
    }

    private static string Cut(string s) => s.Length > 120 ? s[..120] + "…" : s;

    /// <summary>Counts files and bytes against a chart's limits.</summary>
    internal sealed class Budget(ChartLimits limits)
    {
        private long bytes;
        private int files;

        public bool Take(long size)
        {
            bytes += size;
            files++;
            return bytes <= limits.MaxTotalBytes && files <= limits.MaxFiles;
        }
    }
}
