using System.CommandLine;
using Rampart.Cli.Output;
using Rampart.Dependencies.Database;
using Rampart.Rendering.Charts;
using Rampart.Schemas;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart charts pull URL CHART [--version V]</c>: keeps a chart of a Helm repository (HTTP(S), or a folder laid
/// out as one) in the chart cache, where scans and <c>rampart render</c> find the charts Flux and Argo CD objects name.
/// </summary>
internal static class ChartsCommand
{
    public static Command Create(CliConsole console)
    {
        var url = new Argument<string>("url") { Description = "The Helm repository: an HTTP(S) URL serving index.yaml, or a folder holding index.yaml and the archives." };
        var chart = new Argument<string>("chart") { Description = "The chart's name in the repository." };
        var version = new Option<string?>("--version") { Description = "An exact version or a SemVer range such as ^1.2 (default: the newest stable version)." };
        var cacheDir = CacheDirOption();
        var pull = new Command("pull", "Download a chart from a Helm repository into the chart cache.");
        pull.Arguments.Add(url);
        pull.Arguments.Add(chart);
        pull.Options.Add(version);
        pull.Options.Add(cacheDir);
        pull.SetAction((parse, cancellation) =>
            PullAsync(console, Cache(console, parse.GetValue(cacheDir)), parse.GetValue(url)!, parse.GetValue(chart)!, parse.GetValue(version), cancellation));

        var charts = new Command("charts", "Helm charts from repositories, cached for offline rendering.");
        charts.Subcommands.Add(pull);
        return charts;
    }

    public static Option<string?> CacheDirOption() => new("--cache-dir")
    {
        Description = $"Cache folder, holding charts/ and osv/ (default: ${CacheFolder.EnvironmentVariable}, else $XDG_CACHE_HOME/rampart or ~/.cache/rampart).",
    };

    public static ChartCache Cache(CliConsole console, string? option) =>
        ChartCache.Locate(option, console.Environment.GetValueOrDefault);

    private static async Task<int> PullAsync(CliConsole console, ChartCache cache, string url, string chart, string? version, CancellationToken cancellation)
    {
        var result = await new ChartPull(cache, SharedHttp.Client).PullAsync(url, chart, version, cancellation).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            // Unreachable, unknown or corrupt: nothing was kept, and the user fixes the URL, the version or the network.
            return console.Fail(ExitCodes.Usage, result.Error!);
        }

        console.Out.WriteLine($"Cached {chart} {result.Version} from {url} in {result.Path}");
        return ExitCodes.Clean;
    }
}
