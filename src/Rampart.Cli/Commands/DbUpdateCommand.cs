using System.CommandLine;
using Rampart.Cli.Output;
using Rampart.Configuration;
using Rampart.Dependencies.Database;
using Rampart.Schemas;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart db update [--source URL|DIR] [--cache-dir DIR] [--ecosystem NAME …]</c>: downloads OSV's per-ecosystem
/// archives (or reads a folder) into the local vulnerability database. Exit code 0 when every ecosystem was imported,
/// 2 when the source is wrong or any ecosystem failed (the others are imported, the failed ones keep their earlier
/// data), 3 on an internal failure.
/// </summary>
internal static class DbUpdateCommand
{
    public static Command Create(CliConsole console)
    {
        var source = new Option<string?>("--source")
        {
            Description = $"Base URL laid out as OSV's bucket (BASE/ECOSYSTEM/all.zip), a file:// URL or a folder (the same layout, or OSV JSON files); default: vulnerabilities.source in rampart.yaml, else {AdvisorySourceLocation.DefaultUrl}.",
        };
        var cacheDir = new Option<string?>("--cache-dir") { Description = $"Cache folder (default: ${CacheFolder.EnvironmentVariable}, else $XDG_CACHE_HOME/rampart or ~/.cache/rampart)." };
        var ecosystems = new Option<string[]>("--ecosystem")
        {
            Description = $"Ecosystems to update, as OSV names them (default: {string.Join(", ", DatabaseUpdater.DefaultEcosystems)}; from a folder of JSON files: all).",
            AllowMultipleArgumentsPerToken = true,
        };
        var config = new Option<string?>("--config") { Description = "The configuration file (default: rampart.yaml found from the current folder)." };
        var update = new Command("update", "Download OSV vulnerability data into the local database.");
        update.Options.Add(source);
        update.Options.Add(cacheDir);
        update.Options.Add(ecosystems);
        update.Options.Add(config);
        update.SetAction((parse, cancellation) => UpdateAsync(
            console, parse.GetValue(source), parse.GetValue(cacheDir), parse.GetValue(ecosystems) ?? [], parse.GetValue(config), cancellation));
        return update;
    }

    private static async Task<int> UpdateAsync(CliConsole console, string? source, string? cacheDir, string[] ecosystems, string? configPath, CancellationToken cancellation)
    {
        if (source is null)
        {
            var here = Directory.GetCurrentDirectory();
            var loaded = ConfigLoader.LoadForRepository(here, configPath);
            if (!loaded.Ok)
            {
                foreach (var error in loaded.Errors)
                {
                    console.Error.WriteLine($"rampart: {error}");
                }

                return ExitCodes.Usage;
            }

            source = loaded.Config.Vulnerabilities.Source is { } configured
                ? Uri.TryCreate(configured, UriKind.Absolute, out _) ? configured : Path.Combine(loaded.Config.FolderOf(here), configured)
                : AdvisorySourceLocation.DefaultUrl;
        }

        var folder = CacheFolder.Locate(cacheDir, console.Environment.GetValueOrDefault);
        var updater = new DatabaseUpdater(SharedHttp.Client, ArchiveLimits.Default, TimeProvider.System);
        var result = await updater.UpdateAsync(folder, source, ecosystems, cancellation).ConfigureAwait(false);
        if (result.Error is not null)
        {
            return console.Fail(ExitCodes.Usage, result.Error);
        }

        foreach (var import in result.Imports)
        {
            if (import.Succeeded)
            {
                console.Out.WriteLine($"{import.Ecosystem}: {import.Records:N0} records from {import.Source}"
                    + (import.Skipped > 0 ? $", {import.Skipped:N0} other files skipped" : "")
                    + (import.InvalidCount > 0 ? $", {import.InvalidCount:N0} invalid" : ""));
            }
            else
            {
                console.Error.WriteLine($"rampart: {import.Ecosystem}: {import.Error}");
            }

            foreach (var invalid in import.Invalid)
            {
                console.Error.WriteLine($"rampart: invalid record {invalid}");
            }
        }

        if (result.Replaced is { } replaced)
        {
            console.Out.WriteLine($"Replaced the earlier database, which could not be read ({replaced}); none of its data was kept");
        }

        if (result.Kept.Count > 0)
        {
            console.Out.WriteLine($"Kept the earlier data of: {string.Join(", ", result.Kept)}");
        }

        console.Out.WriteLine(result.Imports.Any(i => i.Succeeded) ? $"Database: {result.DatabasePath}" : $"Database unchanged: {result.DatabasePath}");
        return result.Succeeded ? ExitCodes.Clean : ExitCodes.Usage;
    }
}
