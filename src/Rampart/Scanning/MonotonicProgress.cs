namespace Rampart.Scanning;

/// <summary>
/// Passes on progress reports whose counts never go backwards. Workers finish files in parallel and report as they
/// go, so without it a slower thread's earlier count (or an object total that left out another thread's work) could
/// arrive after a later one and a user would see <c>1200/2381</c> followed by <c>1199/2381</c>. A report that would
/// lower a count is dropped; a new stage starts afresh.
/// </summary>
public sealed class MonotonicProgress(IProgress<ScanProgress> inner) : IProgress<ScanProgress>
{
    private readonly Lock gate = new();
    private ScanProgress? last;

    public void Report(ScanProgress value)
    {
        lock (gate)
        {
            if (last is { } previous && previous.Stage == value.Stage
                && (value.FilesDone < previous.FilesDone || value.Objects < previous.Objects || value.FilesTotal != previous.FilesTotal))
            {
                return;
            }

            last = value;
            inner.Report(value);
        }
    }
}
