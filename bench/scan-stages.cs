#:project ../src/Rampart/Rampart.csproj
#:property ConcurrentGarbageCollection=false
#:property TieredCompilationQuickJit=false
#:property PublishAot=false

// Where a scan's time goes, stage by stage: runs `rampart scan`'s pipeline in-process on a folder (warm, after one
// cold run), on one thread, and prints the wall and CPU time (of the process: on one thread, the stage's work plus
// the garbage collector's) each stage took in each run, and what the run allocated (the same from run to run whatever
// the load, so the figure to compare two builds by on a busy machine).
// Usage: dotnet run -c Release bench/scan-stages.cs -- FOLDER [RUNS=5]
//   e.g. after bench/scan-overlays.sh made it: FOLDER=/tmp/rampart-bench/overlays-200-10-4
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Rampart.Scanning;

var folder = args[0];
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
for (var run = 0; run <= runs; run++)
{
    var stages = new StageLog();
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var outcome = await Scanner.RunAsync(ScanOptions.ForFolder(folder) with { Parallelism = 1, Logger = stages });
    var (total, cpu) = (TimeSpan.Zero, stages.Start);
    var line = new List<string>();
    foreach (var (stage, elapsed, processor) in stages.Stages)
    {
        line.Add($"{stage} {(elapsed - total).TotalMilliseconds:F0} ms ({(processor - cpu).TotalMilliseconds:F0} CPU)");
        (total, cpu) = (elapsed, processor);
    }

    allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    Console.WriteLine($"{(run == 0 ? "cold" : "warm " + run)}: {string.Join(", ", line)}; total {total.TotalMilliseconds:F0} ms ({(cpu - stages.Start).TotalMilliseconds:F0} CPU), {allocated / 1e6:F0} MB allocated, {outcome.Report?.Coverage.RenderedObjects} rendered objects, {outcome.Report?.Findings.Count} findings");
}

/// <summary>Collects the stage lines the pipeline logs at debug level: the stage name and the time since the scan began.</summary>
internal sealed class StageLog : ILogger
{
    public TimeSpan Start { get; } = Process.GetCurrentProcess().TotalProcessorTime;

    public List<(string Stage, TimeSpan Elapsed, TimeSpan Cpu)> Stages { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel == LogLevel.Debug;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (state is IReadOnlyList<KeyValuePair<string, object?>> values
            && values.FirstOrDefault(v => v.Key == "Stage").Value is string stage
            && values.FirstOrDefault(v => v.Key == "Elapsed").Value is TimeSpan elapsed)
        {
            Stages.Add((stage, elapsed, Process.GetCurrentProcess().TotalProcessorTime));
        }
    }
}
