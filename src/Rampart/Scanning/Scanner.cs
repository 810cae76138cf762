namespace Rampart.Scanning;

/// <summary>Runs a scan (see <see cref="ScanPipeline"/> for its stages).</summary>
public static class Scanner
{
    public static string Version { get; } =
        typeof(Scanner).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static Task<ScanOutcome> RunAsync(ScanOptions options, CancellationToken cancellation = default) =>
        new ScanPipeline(options).RunAsync(cancellation);
}
