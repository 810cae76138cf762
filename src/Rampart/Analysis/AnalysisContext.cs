namespace Rampart.Analysis;

/// <summary>What every analyzer call shares: the scan's index of objects, and cancellation.</summary>
public sealed class AnalysisContext(ScanIndex index, CancellationToken cancellation)
{
    public ScanIndex Index { get; } = index;
    public CancellationToken Cancellation { get; } = cancellation;
}
