using System.Diagnostics;
using Rampart.Scanning;

namespace Rampart.Cli.Output;

/// <summary>
/// Shows scan progress on standard error. On a terminal one status line is rewritten in place; otherwise
/// (CI logs) a plain line is printed every few seconds. Scans that finish within a second print nothing.
/// </summary>
internal sealed class ProgressPrinter(CliConsole console, bool enabled) : IProgress<ScanProgress>, IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Lock gate = new();
    private TimeSpan last = TimeSpan.Zero;
    private bool wroteInPlace;

    public void Report(ScanProgress value)
    {
        if (!enabled)
        {
            return;
        }

        var now = clock.Elapsed;
        var interval = console.ErrorIsTerminal ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(5);
        lock (gate)
        {
            if (now < Quiet || now - last < interval)
            {
                return;
            }

            last = now;
            var text = $"{value.Stage}: {value.FilesDone}/{value.FilesTotal} files, {value.Objects} objects, {now.TotalSeconds:F0} s";
            if (console.ErrorIsTerminal)
            {
                console.Error.Write($"\r{text,-78}");
                wroteInPlace = true;
            }
            else
            {
                console.Error.WriteLine($"rampart: {text}");
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (wroteInPlace)
            {
                console.Error.Write($"\r{new string(' ', 78)}\r");
            }

            enabled = false;
        }
    }
}
