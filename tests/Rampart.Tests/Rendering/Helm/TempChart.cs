using System.Formats.Tar;
using System.IO.Compression;

namespace Rampart.Tests.Rendering.Helm;

/// <summary>A chart written to a temporary folder for a test (deleted on dispose).</summary>
internal sealed class TempChart : IDisposable
{
    public TempChart() => Root = Directory.CreateTempSubdirectory("rampart-chart-").FullName;

    public string Root { get; }

    public TempChart File(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, text);
        return this;
    }

    /// <summary>A .tgz holding the given entries (names as written into the archive, unchecked).</summary>
    public TempChart Archive(string path, params (string Name, string Text)[] entries)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var file = System.IO.File.Create(full);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        foreach (var (name, text) in entries)
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)) };
            tar.WriteEntry(entry);
        }

        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
