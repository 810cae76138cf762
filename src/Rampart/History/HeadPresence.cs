using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Rampart.Changes;

namespace Rampart.History;

/// <summary>
/// Which of a set of values (secrets found in the history) are still in the files at HEAD, and in which files.
/// Built once per scan after the history is read: HEAD's files are listed once and each distinct blob is read once,
/// whatever the number of values, with one multi-string search per blob. Only SHA-256 hashes of the values are kept,
/// so a value can also be asked about by its hash. Paths are relative to the folder read, as the history reader's.
/// </summary>
public sealed class HeadPresence
{
    /// <summary>Largest blob searched; larger files at HEAD are skipped and counted.</summary>
    public const long MaxBlobBytes = 64L * 1024 * 1024;

    private static readonly UTF8Encoding Lenient = new(false, false);

    private readonly Dictionary<string, HashSet<string>> pathsByHash;

    private HeadPresence(Dictionary<string, HashSet<string>> pathsByHash, int blobsRead, int blobsSkipped)
    {
        this.pathsByHash = pathsByHash;
        BlobsRead = blobsRead;
        BlobsSkipped = blobsSkipped;
    }

    /// <summary>Distinct blobs of HEAD that were read and searched.</summary>
    public int BlobsRead { get; }

    /// <summary>Blobs of HEAD larger than <see cref="MaxBlobBytes"/>, not searched.</summary>
    public int BlobsSkipped { get; }

    /// <summary>The lowercase hex SHA-256 of the value's UTF-8 bytes, the key <see cref="IsPresentByHash"/> takes.</summary>
    public static string HashOf(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// <summary>Whether <paramref name="value"/> is in some file at HEAD, or, with <paramref name="path"/>, in that file.</summary>
    public bool IsPresent(string value, string? path = null) => IsPresentByHash(HashOf(value), path);

    /// <summary>As <see cref="IsPresent"/>, for a value known by its <see cref="HashOf"/>.</summary>
    public bool IsPresentByHash(string hash, string? path = null) =>
        pathsByHash.TryGetValue(hash, out var paths) && (path is null || paths.Contains(path));

    /// <summary>Reads HEAD of the repository holding <paramref name="folder"/> once and searches it for every value.</summary>
    public static (HeadPresence? Presence, string? Error) Find(string folder, IEnumerable<string> values, CancellationToken cancellation)
    {
        var wanted = values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (wanted.Length == 0 || !GitRunner.Run(folder, "rev-parse", "--verify", "--quiet", "HEAD^{commit}").Ok)
        {
            return (new HeadPresence([], 0, 0), null);
        }

        var tree = GitRunner.Run(folder, "ls-tree", "-r", "-z", "HEAD");
        if (!tree.Ok)
        {
            return (null, $"git ls-tree HEAD failed: {tree.Error}");
        }

        var pathsByBlob = BlobsOf(tree.Output);
        var search = new ValueSearch(wanted);
        var pathsByHash = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        int read = 0, skipped = 0;
        var run = GitRunner.Stream(folder, stream =>
        {
            var reader = new BoundedLineReader(stream, 256);
            while (!cancellation.IsCancellationRequested && reader.TryRead(out var header, out _))
            {
                var fields = Encoding.ASCII.GetString(header).Split(' ');
                if (fields.Length != 3 || !long.TryParse(fields[2], System.Globalization.CultureInfo.InvariantCulture, out var size))
                {
                    continue; // "<id> missing"
                }

                var data = size <= MaxBlobBytes ? reader.ReadExactly((int)size) : null;
                if (data is null)
                {
                    reader.Skip(size);
                    skipped++;
                }
                else
                {
                    read++;
                    foreach (var found in search.In(Lenient.GetString(data)))
                    {
                        var hash = HashOf(found);
                        if (!pathsByHash.TryGetValue(hash, out var paths))
                        {
                            pathsByHash[hash] = paths = new HashSet<string>(StringComparer.Ordinal);
                        }

                        paths.UnionWith(pathsByBlob[fields[0]]);
                    }
                }

                reader.Skip(1); // the newline after the content
            }
        }, stdin =>
        {
            using var writer = new StreamWriter(stdin, new UTF8Encoding(false));
            foreach (var blob in pathsByBlob.Keys)
            {
                writer.Write(blob);
                writer.Write('\n');
            }
        }, cancellation, "cat-file", "--batch");
        if (cancellation.IsCancellationRequested)
        {
            return (null, "cancelled");
        }

        return run.Ok ? (new HeadPresence(pathsByHash, read, skipped), null) : (null, $"git cat-file failed: {run.Error}");
    }

    /// <summary>The regular files of an <c>ls-tree -r -z</c> listing, grouped by blob id.</summary>
    private static Dictionary<string, List<string>> BlobsOf(string listing)
    {
        var pathsByBlob = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entry in listing.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> blob <id>\t<path>"; links (120000) and submodules (commit) are not files.
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            var meta = tab < 0 ? [] : entry[..tab].Split(' ');
            if (meta.Length != 3 || meta[1] != "blob" || meta[0] == "120000")
            {
                continue;
            }

            if (!pathsByBlob.TryGetValue(meta[2], out var paths))
            {
                pathsByBlob[meta[2]] = paths = [];
            }

            paths.Add(entry[(tab + 1)..]);
        }

        return pathsByBlob;
    }
}
