using System.CommandLine;
using Rampart.Cli.Output;
using Rampart.Schemas;

namespace Rampart.Cli.Commands;

/// <summary><c>rampart schemas pull --kubernetes-version X</c>: fills the local schema cache for offline scans.</summary>
internal static class SchemasCommand
{
    public static Command Create(CliConsole console)
    {
        var version = new Option<string>("--kubernetes-version") { Description = "The Kubernetes release, such as 1.35 or 1.35.2.", Required = true };
        var from = new Option<string?>("--from") { Description = $"Base URL of the OpenAPI v3 documents; {{version}} is replaced (default: {SchemaPullOptions.DefaultBaseUrl})." };
        var layout = new Option<string>("--layout")
        {
            Description = "File names at the source: 'kubernetes' (api__v1_openapi.json, as in the kubernetes repository) or 'directory' (api/v1.json, as a cluster or a mirror serves them).",
            DefaultValueFactory = _ => "kubernetes",
        };
        layout.AcceptOnlyFromAmong("kubernetes", "directory");
        var cache = new Option<string?>("--cache-dir") { Description = "Cache folder (default: $XDG_CACHE_HOME/rampart/schemas or ~/.cache/rampart/schemas)." };
        var pull = new Command("pull", "Download a Kubernetes release's OpenAPI v3 documents into the local cache.");
        pull.Options.Add(version);
        pull.Options.Add(from);
        pull.Options.Add(layout);
        pull.Options.Add(cache);
        pull.SetAction((parse, cancellation) =>
        {
            var options = new SchemaPullOptions
            {
                CacheRoot = parse.GetValue(cache),
                Layout = parse.GetValue(layout) == "directory" ? OpenApiLayout.Directory : OpenApiLayout.KubernetesRepository,
            };
            if (parse.GetValue(from) is { } baseUrl)
            {
                options = options with { BaseUrl = baseUrl };
            }

            return PullAsync(console, parse.GetValue(version)!, options, cancellation);
        });

        var schemas = new Command("schemas", "Kubernetes schemas for validation.");
        schemas.Subcommands.Add(pull);
        return schemas;
    }

    private static async Task<int> PullAsync(CliConsole console, string version, SchemaPullOptions options, CancellationToken cancellation)
    {
        var result = await new SchemaPuller(SharedHttp.Client, options).PullAsync(version, cancellation).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                console.Error.WriteLine($"rampart: {error}");
            }

            // A bad version or URL, and a download that failed (offline, a proxy, a server error), are the user's to fix,
            // not a defect of Rampart: exit code 2. A failed download leaves the cache as it was.
            return ExitCodes.Usage;
        }

        console.Out.WriteLine($"Cached {result.Downloaded.Count} API group versions of Kubernetes {result.Version} in {result.Directory}");
        if (result.NotFound.Count > 0)
        {
            console.Out.WriteLine($"Not in this release: {string.Join(", ", result.NotFound)}");
        }

        return ExitCodes.Clean;
    }
}
