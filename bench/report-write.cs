#:project ../src/Rampart/Rampart.csproj
#:property ConcurrentGarbageCollection=true
#:property TieredCompilationQuickJit=true
#:property TieredPGO=false
#:property PublishAot=false

// The report alone: scans a folder once in-process, then writes its JSON or SARIF report to a file RUNS times, and prints
// for each the wall and CPU time of the process, the bytes allocated and the methods compiled meanwhile. The runtime
// settings are the CLI's (quick JIT, no dynamic PGO, background GC); the first report runs code not yet optimised.
// Usage: dotnet run -c Release bench/report-write.cs -- FOLDER [RUNS=5] [json|sarif] [OUTPUT=/tmp/report-write.out]
//   e.g. FOLDER=/tmp/rampart-bench/overlays-2000-10-4 (made by bench/scan-overlays.sh 1 2000 10 4)
using System.Diagnostics;
using System.Globalization;
using Rampart.Reporting;
using Rampart.Scanning;

var folder = args[0];
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var format = args.Length > 2 ? args[2] : "json";
var path = args.Length > 3 ? args[3] : "/tmp/report-write.out";
var report = (await Scanner.RunAsync(ScanOptions.ForFolder(folder))).Report!;
IReportWriter writer = format == "sarif" ? new SarifReportWriter() : new JsonReportWriter();
for (var run = 0; run < runs; run++)
{
    var (cpu, clock) = (Process.GetCurrentProcess().TotalProcessorTime, Stopwatch.StartNew());
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
    using (var file = File.Create(path))
    {
        ReportStreams.Write(writer, report, file, new ReportOptions());
    }

    allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    Console.WriteLine(
        $"{run}: {clock.Elapsed.TotalMilliseconds:F0} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU, "
        + $"{allocated / 1e6:F2} MB allocated, {System.Runtime.JitInfo.GetCompiledMethodCount() - methods} methods compiled");
}
