using System.IO.Compression;
using System.Text;
using Rampart.Testing;

namespace Rampart.Tests.Dependencies.Database;

/// <summary>Archives and folders built for a test: zips of chosen entries, OSV's layout from the corpus, a temp folder.</summary>
internal static class OsvArchives
{
    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rampart-osvdb-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Record(string id, string ecosystem = "npm", string name = "left-pad", string fixedVersion = "1.3.0") => Encoding.UTF8.GetBytes($$"""
        {"id": "{{id}}", "aliases": ["CVE-{{id}}"], "affected": [{"package": {"ecosystem": "{{ecosystem}}", "name": "{{name}}"},
          "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "{{fixedVersion}}"}]}]}]}
        """);

    /// <summary>The corpus's advisories folder (skips the test when it is missing, fails under CI).</summary>
    public static string Corpus() => RepositoryPaths.CorpusFolder("vuln/advisories");

    /// <summary>OSV's bucket layout (<c>ECOSYSTEM/all.zip</c>) under a new folder, one archive per corpus ecosystem folder.</summary>
    public static string Bucket(string corpus)
    {
        var bucket = TempFolder();
        foreach (var folder in Directory.EnumerateDirectories(corpus))
        {
            var ecosystem = Path.GetFileName(folder);
            var entries = Directory.EnumerateFiles(folder, "*.json")
                .Order(StringComparer.Ordinal)
                .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
                .ToArray();
            Directory.CreateDirectory(Path.Combine(bucket, ecosystem));
            File.WriteAllBytes(Path.Combine(bucket, ecosystem, "all.zip"), Zip(entries));
        }

        return bucket;
    }
}
