namespace Rampart.Cli.Tests;

/// <summary>A temporary folder with files written from text, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Root = Directory.CreateTempSubdirectory("rampart-cli-").FullName;

    public string Root { get; }

    public string this[string relative] => Path.Combine(Root, relative);

    public TempFolder Write(string relative, string text)
    {
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
