using System.Text;

namespace Rampart.Cli.Output;

/// <summary>
/// Standard output as the commands see it: every write goes to <paramref name="inner"/>, and a write that fails (a
/// full disk, a closed pipe) is remembered in <see cref="Failure"/> before its exception goes on, so that the command
/// line can tell a failed output from a failure of Rampart itself.
/// </summary>
internal sealed class GuardedWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    /// <summary>The first failed write, or null.</summary>
    public IOException? Failure { get; private set; }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void Flush() => Guard(inner.Flush);

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e)
        {
            Failure ??= e;
            throw;
        }
    }
}
