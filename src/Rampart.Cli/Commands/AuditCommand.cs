using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rampart.Audit;
using Rampart.Cli.Output;
using Rampart.Configuration;
using Rampart.Reporting;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart audit</c>: check what already runs in a cluster with the scan's policies, trace each object back to the
/// Git path that deployed it, and write PolicyReports (to standard output, or with <c>--apply</c> to the cluster) or
/// any report format; with <c>--store</c>, the findings are stored in the findings store as the cluster's latest audit.
/// </summary>
internal static class AuditCommand
{
    public const string PolicyReportFormat = "policyreport";

    public static Command Create(CliConsole console)
    {
        var kubeconfig = new Option<string?>("--kubeconfig") { Description = "The kubeconfig file whose current context to audit (default: $KUBECONFIG, then ~/.kube/config)." };
        var inCluster = new Option<bool>("--in-cluster") { Description = "Audit the cluster this runs in, with the pod's service account." };
        var ns = new Option<string?>("--namespace", "-n") { Description = "Audit one namespace (default: all namespaces and cluster-scoped objects)." };
        var repo = new Option<string?>("--repo") { Description = "The GitOps repository the cluster is deployed from: objects are traced to their Git path and its CODEOWNERS owners, and its rampart.yaml applies." };
        var apply = new Option<bool>("--apply") { Description = "Create or update the PolicyReports in the cluster (with the policyreport format, nothing is printed)." };
        var format = new Option<string>("--format", "-f") { Description = $"{PolicyReportFormat} (wgpolicyk8s.io/v1alpha2 reports as a List, the default) or a report format: {string.Join(", ", CliReportFormats.All.Names)}.", DefaultValueFactory = _ => PolicyReportFormat };
        var noColor = new Option<bool>("--no-color") { Description = "No colours in the table format." };
        var store = new Option<bool>("--store") { Description = "Also store the findings in the findings store (--database or the data directory) as this cluster's latest audit; docs/store.md." };
        var location = new StoreLocationOptions();
        var storeSettings = new StoreSettingsOptions();
        var cluster = new StoreCluster();
        var audit = new Command("audit", "Check the objects running in a cluster with the policies of a scan and report them, traced to their Git owners.");
        foreach (var option in new Option[] { kubeconfig, inCluster, ns, repo, apply, format, noColor, store })
        {
            audit.Options.Add(option);
        }

        location.AddTo(audit);
        storeSettings.AddTo(audit);
        cluster.AddTo(audit);

        audit.SetAction(async (parse, cancellation) =>
        {
            var chosen = parse.GetValue(format)!;
            IReportWriter? writer = null;
            if (chosen != PolicyReportFormat && !CliReportFormats.All.TryGet(chosen, out writer))
            {
                return console.Fail(ExitCodes.Usage, $"--format: {CliReportFormats.All.UnknownFormatMessage(chosen)}, or {PolicyReportFormat}");
            }

            if (parse.GetValue(inCluster) && parse.GetValue(kubeconfig) is not null)
            {
                return console.Fail(ExitCodes.Usage, "--kubeconfig and --in-cluster exclude each other");
            }

            var request = new AuditRequest { Namespace = parse.GetValue(ns), Repository = parse.GetValue(repo) };
            if (request.Repository is { } folder)
            {
                if (!Directory.Exists(folder))
                {
                    return console.Fail(ExitCodes.Usage, $"--repo: '{folder}' is not a folder");
                }

                var config = ConfigLoader.LoadForRepository(folder);
                if (config.Errors.Count > 0)
                {
                    return console.Fail(ExitCodes.Usage, string.Join(Environment.NewLine, config.Errors));
                }

                request = request with { Config = config.Config };
            }

            AuditRecording? recording = null;
            if (parse.GetValue(store))
            {
                var settings = request.Config?.Store ?? StoreSettings.Default;
                var (options, settingsError) = storeSettings.Read(parse, settings, Environment.GetEnvironmentVariable);
                var (name, clusterError) = cluster.Read(parse, settings, Environment.GetEnvironmentVariable);
                if ((settingsError ?? clusterError) is { } invalid)
                {
                    return console.Fail(ExitCodes.Usage, invalid);
                }

                try
                {
                    recording = new AuditRecording(location.Read(parse), options!, name!);
                }
                catch (IOException e)
                {
                    return console.Fail(ExitCodes.Usage, e.Message);
                }
            }

            ClusterApi api;
            try
            {
                api = ClusterApi.Connect(parse.GetValue(kubeconfig), parse.GetValue(inCluster));
            }
            catch (k8s.Exceptions.KubeConfigException e)
            {
                return console.Fail(ExitCodes.Usage, $"kubeconfig: {e.Message}");
            }

            using (api)
            {
                return await Run(console, api, request, writer, parse.GetValue(apply), parse.GetValue(noColor), recording, cancellation).ConfigureAwait(false);
            }
        });
        return audit;
    }

    private static async Task<int> Run(CliConsole console, ClusterApi api, AuditRequest request, IReportWriter? writer, bool apply, bool noColor, AuditRecording? recording, CancellationToken cancellation)
    {
        AuditResult result;
        try
        {
            result = await new Auditor(api).RunAsync(request, cancellation).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            return console.Fail(ExitCodes.Usage, $"the cluster's API server cannot be reached: {e.Message}");
        }

        if (result.Report is not { } report)
        {
            return console.Fail(ExitCodes.Usage, string.Join(Environment.NewLine, result.Errors));
        }

        foreach (var kind in report.Coverage.NotChecked)
        {
            console.Error.WriteLine($"rampart: not checked: {kind}");
        }

        var reports = PolicyReports.Build(result, DateTimeOffset.UtcNow);
        if (apply)
        {
            foreach (var line in await new PolicyReportApplier(api).ApplyAsync(reports, cancellation).ConfigureAwait(false))
            {
                console.Error.WriteLine($"rampart: {line}");
            }
        }

        if (writer is not null)
        {
            writer.Write(report, console.Out, new ReportOptions { Color = console.UseColor(noColor), Width = console.Width });
        }
        else if (!apply)
        {
            var list = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "List", ["items"] = new JsonArray([.. reports]) };
            console.Out.WriteLine(list.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }

        if (recording is not null)
        {
            try
            {
                var stored = await recording.RecordAsync(report, cancellation).ConfigureAwait(false);
                console.Error.WriteLine($"rampart: stored {stored.Findings} finding(s) of {recording.Cluster} in {recording.Database.Display} ({stored.New} new, {stored.Fixed} fixed)");
            }
            catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException)
            {
                return console.Fail(ExitCodes.Internal, $"cannot store the audit in the findings store: {e.Message}");
            }
        }

        return report.Gate.Passed ? ExitCodes.Clean : ExitCodes.GateFailed;
    }
}
