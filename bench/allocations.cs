#:package Microsoft.Diagnostics.Tracing.TraceEvent@3.2.8
#:property ManagePackageVersionsCentrally=false

// Where a process allocates: sums the allocation ticks of a trace (about one per 100 KB allocated) by type and by the
// four innermost frames of the allocating stack, and prints the largest of each.
// Usage: dotnet-trace collect --profile gc-verbose -o /tmp/alloc.nettrace -- PROGRAM ARGS…
//        dotnet run -c Release bench/allocations.cs -- /tmp/alloc.nettrace [TOP=25]
using System.Globalization;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;

var top = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 25;
var byType = new Dictionary<string, long>();
var byStack = new Dictionary<string, long>();
using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(args[0]));
var source = log.Events.GetSource();
source.Clr.GCAllocationTick += tick =>
{
    byType[tick.TypeName] = byType.GetValueOrDefault(tick.TypeName) + tick.AllocationAmount64;
    var frames = new List<string>();
    for (var frame = tick.CallStack(); frame is not null && frames.Count < 4; frame = frame.Caller)
    {
        var method = frame.CodeAddress.FullMethodName;
        if (!string.IsNullOrEmpty(method))
        {
            frames.Add(method.Length > 90 ? method[..90] : method);
        }
    }

    var stack = string.Join(" <- ", frames);
    byStack[stack] = byStack.GetValueOrDefault(stack) + tick.AllocationAmount64;
};
source.Process();

Console.WriteLine("by type:");
foreach (var (type, bytes) in byType.OrderByDescending(pair => pair.Value).Take(top))
{
    Console.WriteLine($"{bytes / 1e6,9:F1} MB  {type}");
}

Console.WriteLine("by allocating stack:");
foreach (var (stack, bytes) in byStack.OrderByDescending(pair => pair.Value).Take(top))
{
    Console.WriteLine($"{bytes / 1e6,9:F1} MB  {stack}");
}
