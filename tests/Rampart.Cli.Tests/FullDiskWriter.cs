using System.Text;

namespace Rampart.Cli.Tests;

/// <summary>Standard output on a full disk: it takes <paramref name="capacity"/> characters, then every write fails as /dev/full does.</summary>
internal sealed class FullDiskWriter(int capacity) : TextWriter
{
    private int written;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (++written > capacity)
        {
            throw new IOException("No space left on device");
        }
    }
}
