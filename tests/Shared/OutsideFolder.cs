namespace Rampart.Testing;

/// <summary>
/// A folder outside the test's repository, for what a hostile repository points at: a file whose text must
/// never reach a report (<see cref="Secret"/>), or a FIFO that must never be opened (<see cref="OutsideFifo"/>).
/// Deleted on dispose.
/// </summary>
internal sealed class OutsideFolder : IDisposable
{
    /// <summary>Text that looks like the CI's environment; a test asserts it shows up nowhere.</summary>
    public const string Secret = "CI_DEPLOY_TOKEN=outside-secret-7f3a91";

    private readonly List<OutsideFifo> fifos = [];

    public OutsideFolder() => Root = Directory.CreateTempSubdirectory("rampart-outside-").FullName;

    public string Root { get; }

    /// <summary>A file holding <paramref name="text"/>; returns its full path.</summary>
    public string File(string name, string text)
    {
        var full = Path.Combine(Root, name);
        System.IO.File.WriteAllText(full, text);
        return full;
    }

    /// <summary>A FIFO whose writer waits for a reader (skips the test where FIFOs cannot be made).</summary>
    public OutsideFifo Fifo(string name, string text)
    {
        var fifo = new OutsideFifo(Path.Combine(Root, name), text);
        fifos.Add(fifo);
        return fifo;
    }

    public void Dispose()
    {
        foreach (var fifo in fifos)
        {
            fifo.Dispose();
        }

        Directory.Delete(Root, recursive: true);
    }
}
