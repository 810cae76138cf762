using Rampart.Changes;
using Rampart.Cli.Output;
using Rampart.Reporting;
using Rampart.Store.Client;
using Rampart.Store.Ingest;

namespace Rampart.Cli.Commands;

/// <summary>
/// Sends a finished scan's JSON report to the store (<c>rampart scan --upload</c>). The scan's exit code stands when the
/// upload succeeds; a failed upload (server unreachable, token refused, report rejected) exits with 3, since the
/// history the CI step was meant to feed is missing, and a missing token or repository name with 2.
/// </summary>
internal static class ScanUpload
{
    public static async Task<int> RunAsync(CliConsole console, UploadRequest request, ScanReport report, string folder, int scanExit, CancellationToken cancellation)
    {
        var token = request.Token ?? console.Environment.GetValueOrDefault("RAMPART_TOKEN");
        if (string.IsNullOrWhiteSpace(token))
        {
            return console.Fail(ExitCodes.Usage, "--upload needs a token: --token or the RAMPART_TOKEN variable");
        }

        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var server) || server.Scheme is not ("http" or "https"))
        {
            return console.Fail(ExitCodes.Usage, $"--upload: '{request.Url}' is not an http or https URL");
        }

        var target = new ScanTarget(
            request.Repository ?? WorkTreeIdentity.Repository(folder) ?? new DirectoryInfo(WorkTree.TopOf(folder) ?? folder).Name,
            request.Branch ?? WorkTreeIdentity.Branch(folder) ?? FirstSet(console, "GITHUB_HEAD_REF", "GITHUB_REF_NAME", "CI_COMMIT_REF_NAME") ?? "",
            request.Commit ?? WorkTreeIdentity.Commit(folder));
        if (target.Validate() is { } invalid)
        {
            return console.Fail(ExitCodes.Usage, $"--upload: {invalid} (give --repository and --branch when git cannot tell)");
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var outcome = await ReportUploader.UploadAsync(http, server, token.Trim(), target, StoreReports.Json(report), cancellation).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            return console.Fail(ExitCodes.Internal, $"upload failed: {outcome.Error}");
        }

        console.Error.WriteLine($"rampart: uploaded {report.Findings.Count} finding(s) for {target.Repository}@{target.Branch} to {server.GetLeftPart(UriPartial.Authority)}");
        return scanExit;
    }

    private static string? FirstSet(CliConsole console, params string[] names) =>
        names.Select(n => console.Environment.GetValueOrDefault(n)).FirstOrDefault(v => !string.IsNullOrEmpty(v));
}
