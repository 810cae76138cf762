using System.Diagnostics;

namespace Rampart.Testing;

/// <summary>
/// A named pipe with a writer waiting for a reader. Opening it for reading would block forever without the
/// writer; with it, a reader gets <c>text</c>, which then shows up in whatever the reader reports. So code that
/// must never open the file either shows the text (and fails its test) or leaves the writer waiting
/// (<see cref="Opened"/> stays false). Linux and macOS only: the test is skipped elsewhere.
/// </summary>
internal sealed class OutsideFifo : IDisposable
{
    private readonly Task writer;

    public OutsideFifo(string path, string text)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "FIFOs are a Unix feature");
        Path = path;
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        writer = Task.Run(() =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
            stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
        });
    }

    public string Path { get; }

    /// <summary>Whether a reader has opened the FIFO (the waiting writer got through).</summary>
    public bool Opened => writer.IsCompleted;

    /// <summary>Releases a writer still waiting: opening read-write never blocks and gives it a reader.</summary>
    public void Dispose()
    {
        if (!writer.IsCompleted)
        {
            using var release = new FileStream(Path, FileMode.Open, FileAccess.ReadWrite);
            _ = release.Read(new byte[4096], 0, 4096);
        }

        try
        {
            writer.Wait();
        }
        catch (AggregateException)
        {
            // The writer lost its reader: nothing to clean up.
        }
    }
}
