#:project ../src/Rampart/Rampart.csproj
#:property ConcurrentGarbageCollection=false
#:property TieredCompilationQuickJit=false
#:property PublishAot=false

// Warm render time of a chart shaped like `helm create`'s (bench/fixtures/web-chart: deployment, service,
// service account, ingress, HPA, a test hook, helpers, NOTES.txt), loaded from disk and rendered in full each time.
// Usage: dotnet run -c Release bench/helm-render.cs [-- iterations]
// Prints the manifests rendered, then the median and 90th percentile of the warm renders, in milliseconds.
using System.Diagnostics;
using System.Globalization;
using Rampart.Rendering.Helm;

var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
var chart = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(AppContext.GetData("EntryPointFilePath") as string ?? "bench/helm-render.cs"))!, "fixtures", "web-chart");
var request = new HelmRenderRequest(chart) { ReleaseName = "shop", Namespace = "web" };
var first = HelmChartRender.Run(request);
if (first.Problems.Count > 0)
{
    Console.Error.WriteLine(string.Join('\n', first.Problems));
    return 1;
}

for (var i = 0; i < 50; i++)
{
    HelmChartRender.Run(request);
}

var times = new double[iterations];
for (var i = 0; i < iterations; i++)
{
    var sw = Stopwatch.StartNew();
    HelmChartRender.Run(request);
    times[i] = sw.Elapsed.TotalMilliseconds;
}

Array.Sort(times);
Console.WriteLine($"manifests: {first.Manifests.Count} ({string.Join(", ", first.Manifests.Select(m => m.Kind))})");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm render: median {times[iterations / 2]:F2} ms, p90 {times[iterations * 9 / 10]:F2} ms over {iterations} renders"));
return 0;
