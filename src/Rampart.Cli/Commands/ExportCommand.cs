using System.CommandLine;
using System.Data.Common;
using Rampart.Cli.Output;
using Rampart.Store;
using Rampart.Store.Export;
using Rampart.Store.Queries;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart export ecs --url URL</c> sends stored findings to Elasticsearch or OpenSearch as ECS documents;
/// <c>rampart export defectdojo --output FILE</c> writes them as DefectDojo's Generic Findings Import JSON
/// (docs/export.md). Exit codes: 0 all exported, 2 usage or an unreadable store, 3 documents refused or not sent.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var export = new Command("export", "Export the findings store's findings: to Elasticsearch/OpenSearch as ECS documents, or as a DefectDojo import file.");
        export.Subcommands.Add(Ecs(console));
        export.Subcommands.Add(DefectDojo(console));
        return export;
    }

    private static Command Ecs(CliConsole console)
    {
        var url = new Option<string>("--url") { Description = "The Elasticsearch or OpenSearch base URL; documents go to URL/_bulk.", Required = true };
        var index = new Option<string>("--index") { Description = "The index (or data stream alias) to write to.", DefaultValueFactory = _ => "rampart-findings" };
        var apiKey = new Option<string?>("--api-key") { Description = "An Elasticsearch API key (Authorization: ApiKey; default: RAMPART_ELASTIC_API_KEY; else Basic from RAMPART_ELASTIC_USERNAME and RAMPART_ELASTIC_PASSWORD)." };
        var batchBytes = new Option<int>("--batch-bytes") { Description = "The largest request body, in bytes.", DefaultValueFactory = _ => EcsBulkExporter.DefaultBatchBytes };
        var (command, filters, location) = Shared("ecs", "Send the findings to an Elasticsearch/OpenSearch _bulk endpoint as Elastic Common Schema documents.");
        foreach (var option in new Option[] { url, index, apiKey, batchBytes })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellation) =>
        {
            if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var server) || server.Scheme is not ("http" or "https"))
            {
                return console.Fail(ExitCodes.Usage, $"--url: '{parse.GetValue(url)}' is not an http or https URL");
            }

            var name = parse.GetValue(index)!;
            if (name.Length == 0 || name.Any(c => char.IsControl(c) || char.IsUpper(c) || c is '/' or '\\' or '*' or '?' or '"' or '<' or '>' or '|' or ' ' or ',' or '#'))
            {
                return console.Fail(ExitCodes.Usage, $"--index: '{name}' is not an index name (lower case, none of \\/*?\"<>| ,#)");
            }

            if (parse.GetValue(batchBytes) < 1024)
            {
                return console.Fail(ExitCodes.Usage, "--batch-bytes must be at least 1024");
            }

            var authorization = EcsBulkExporter.Authorization(
                parse.GetValue(apiKey) ?? console.Environment.GetValueOrDefault("RAMPART_ELASTIC_API_KEY"),
                console.Environment.GetValueOrDefault("RAMPART_ELASTIC_USERNAME"), console.Environment.GetValueOrDefault("RAMPART_ELASTIC_PASSWORD"));
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
            var exporter = new EcsBulkExporter(http, server, name, authorization, parse.GetValue(batchBytes));
            return await WithStore(console, parse, filters, location, async (store, filter) =>
            {
                var outcome = await exporter.ExportAsync(StoredFindings.AllAsync(store.Queries, filter, cancellation), cancellation).ConfigureAwait(false);
                foreach (var failure in outcome.Failures.Take(20))
                {
                    console.Error.WriteLine($"rampart: {failure}");
                }

                console.Error.WriteLine($"rampart: {outcome.Accepted} of {outcome.Sent} finding(s) indexed into {name} at {server.GetLeftPart(UriPartial.Authority)} in {outcome.Requests} request(s)"
                    + (outcome.Failures.Count > 20 ? $"; {outcome.Failures.Count - 20} more failure(s)" : ""));
                return outcome.Succeeded ? ExitCodes.Clean : ExitCodes.Internal;
            }, cancellation).ConfigureAwait(false);
        });
        return command;
    }

    private static Command DefectDojo(CliConsole console)
    {
        var output = new Option<string>("--output", "-o") { Description = "The file to write (- for standard output).", Required = true };
        var (command, filters, location) = Shared("defectdojo", "Write the findings as DefectDojo's Generic Findings Import JSON.");
        command.Options.Add(output);
        command.SetAction(async (parse, cancellation) =>
        {
            var path = parse.GetValue(output)!;
            return await WithStore(console, parse, filters, location, async (store, filter) =>
            {
                var findings = StoredFindings.AllAsync(store.Queries, filter, cancellation);
                int count;
                if (path == "-")
                {
                    using var buffer = new MemoryStream();
                    count = await DefectDojoWriter.WriteAsync(buffer, findings, cancellation).ConfigureAwait(false);
                    console.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                    console.Out.WriteLine();
                }
                else
                {
                    try
                    {
                        await using var file = File.Create(path);
                        count = await DefectDojoWriter.WriteAsync(file, findings, cancellation).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        return console.Fail(ExitCodes.Internal, $"cannot write {path}: {e.Message}");
                    }
                }

                console.Error.WriteLine($"rampart: wrote {count} finding(s) for DefectDojo (scan type: Generic Findings Import)");
                return ExitCodes.Clean;
            }, cancellation).ConfigureAwait(false);
        });
        return command;
    }

    private static (Command Command, ExportFilterOptions Filters, StoreLocationOptions Location) Shared(string name, string description)
    {
        var command = new Command(name, description);
        var filters = new ExportFilterOptions();
        var location = new StoreLocationOptions();
        filters.AddTo(command);
        location.AddTo(command);
        return (command, filters, location);
    }

    private static async Task<int> WithStore(CliConsole console, ParseResult parse, ExportFilterOptions filters, StoreLocationOptions location,
        Func<FindingStore, FindingFilter, Task<int>> run, CancellationToken cancellation)
    {
        var (filter, error) = filters.Read(parse);
        if (error is not null)
        {
            return console.Fail(ExitCodes.Usage, error);
        }

        StoreDatabase database;
        try
        {
            database = location.Read(parse);
        }
        catch (IOException e)
        {
            return console.Fail(ExitCodes.Usage, e.Message);
        }

        FindingStore store;
        try
        {
            store = await FindingStore.OpenAsync(database, cancellation: cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException)
        {
            return console.Fail(ExitCodes.Usage, $"cannot open the findings store at {database.Display}: {e.Message}");
        }

        await using (store.ConfigureAwait(false))
        {
            try
            {
                return await run(store, filter!).ConfigureAwait(false);
            }
            catch (DbException e)
            {
                return console.Fail(ExitCodes.Internal, $"cannot read the findings store at {database.Display}: {e.Message}");
            }
        }
    }
}
