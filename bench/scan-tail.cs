#:project ../src/Rampart/Rampart.csproj
#:property ConcurrentGarbageCollection=false
#:property TieredCompilationQuickJit=false
#:property PublishAot=false

// The serial tail of a large scan: runs `rampart scan`'s pipeline in-process on a folder with every core, then writes
// the JSON report to a file, and prints for each run the wall and CPU time (of the process) of the decide stage and of
// the report, the CPU time of the busiest thread in each (on a quiet machine the stage cannot take less wall time than
// that, so it is the figure that tells how much of the stage runs on one thread however loaded the machine is), and
// what the report allocated (the same from run to run whatever the load). The first run is cold.
// Usage: dotnet run -c Release bench/scan-tail.cs -- FOLDER [RUNS=3] [OUTPUT=/tmp/scan-tail.json]
//   e.g. after bench/scan-overlays.sh 1 2000 10 4 made it: FOLDER=/tmp/rampart-bench/overlays-2000-10-4
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Rampart.Reporting;
using Rampart.Scanning;

var folder = args[0];
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var path = args.Length > 2 ? args[2] : "/tmp/scan-tail.json";
for (var run = 0; run <= runs; run++)
{
    var stages = new StageLog();
    var outcome = await Scanner.RunAsync(ScanOptions.ForFolder(folder) with { Logger = stages });
    var report = outcome.Report!;
    var (analyze, decide) = (stages.Stages.Single(s => s.Stage == "analyze"), stages.Stages.Single(s => s.Stage == "decide"));
    var decideBusiest = stages.DecideBusiest!.Value;
    var beforeReport = new ThreadTimes();
    var (cpu, clock) = (Process.GetCurrentProcess().TotalProcessorTime, Stopwatch.StartNew());
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    using (var file = File.Create(path))
    {
        ReportStreams.Write(new JsonReportWriter(), report, file, new ReportOptions());
    }

    allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    var written = (clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    var reportBusiest = new ThreadTimes().BusiestSince(beforeReport);
    Console.WriteLine(
        $"{(run == 0 ? "cold" : "warm " + run)}: decide {(decide.Elapsed - analyze.Elapsed).TotalMilliseconds:F0} ms ({(decide.Cpu - analyze.Cpu).TotalMilliseconds:F0} CPU, busiest thread {decideBusiest.TotalMilliseconds:F0}), "
        + $"JSON {written.Elapsed.TotalMilliseconds:F0} ms ({written.Item2.TotalMilliseconds:F0} CPU, busiest thread {reportBusiest.TotalMilliseconds:F0}, {allocated / 1e6:F1} MB allocated), "
        + $"{report.Findings.Count} findings, {new FileInfo(path).Length / 1e6:F1} MB; stages: "
        + string.Join(", ", stages.Stages.Select((s, i) => $"{s.Stage} {(s.Elapsed - (i == 0 ? TimeSpan.Zero : stages.Stages[i - 1].Elapsed)).TotalMilliseconds:F0} ms")));
}

/// <summary>Collects the stage lines the pipeline logs at debug level: the stage name and the time since the scan began.</summary>
internal sealed class StageLog : ILogger
{
    private ThreadTimes? beforeDecide;

    public List<(string Stage, TimeSpan Elapsed, TimeSpan Cpu)> Stages { get; } = [];

    /// <summary>The CPU time of the thread that worked most between the analyze line and the decide line.</summary>
    public TimeSpan? DecideBusiest { get; private set; }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel == LogLevel.Debug;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (state is IReadOnlyList<KeyValuePair<string, object?>> values
            && values.FirstOrDefault(v => v.Key == "Stage").Value is string stage
            && values.FirstOrDefault(v => v.Key == "Elapsed").Value is TimeSpan elapsed)
        {
            Stages.Add((stage, elapsed, Process.GetCurrentProcess().TotalProcessorTime));
            if (stage == "analyze")
            {
                beforeDecide = new ThreadTimes();
            }
            else if (stage == "decide" && beforeDecide is not null)
            {
                DecideBusiest = new ThreadTimes().BusiestSince(beforeDecide);
            }
        }
    }
}

/// <summary>The CPU time of every thread of the process at one moment.</summary>
internal sealed class ThreadTimes
{
    private readonly Dictionary<int, TimeSpan> times = [];

    public ThreadTimes()
    {
        foreach (ProcessThread thread in Process.GetCurrentProcess().Threads)
        {
            try
            {
                times[thread.Id] = thread.TotalProcessorTime;
            }
            catch (InvalidOperationException)
            {
                // The thread ended while the list was read.
            }
        }
    }

    /// <summary>The most CPU time one thread took between <paramref name="before"/> and this moment.</summary>
    public TimeSpan BusiestSince(ThreadTimes before) =>
        times.Select(pair => pair.Value - before.times.GetValueOrDefault(pair.Key)).DefaultIfEmpty().Max();
}
