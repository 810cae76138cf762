using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Ownership;
using Rampart.Scanning;

namespace Rampart.Audit;

/// <summary>
/// <c>rampart audit</c>: list the live objects, trace each to its Git path, and check them with the scan's own
/// pipeline (the policy analyzer over a <see cref="ClusterArtifact"/>), whose attribution gives each finding the
/// CODEOWNERS owners of the traced path. Kinds that could not be listed are in the report's not-checked list.
/// </summary>
public sealed class Auditor(IClusterApi api)
{
    private static readonly IReadOnlySet<string> Scanners = new HashSet<string>(StringComparer.Ordinal) { "policy" };

    public async Task<AuditResult> RunAsync(AuditRequest request, CancellationToken cancellation = default)
    {
        var listing = await new ClusterLister(api, request.PageSize).ListAsync(request.Kinds, request.Namespace, cancellation).ConfigureAwait(false);
        var index = request.Repository is { } repo ? GitOpsIndex.Build(repo, request.Config, cancellation) : null;
        var traces = new Dictionary<string, ObjectTrace>(StringComparer.Ordinal);
        var objects = new List<KubernetesObject>();
        var loader = new YamlLoader();
        foreach (var live in listing.Objects)
        {
            traces[live.Path] = index?.Trace(live) ?? ObjectTrace.Unknown("no repository given (--repo)");
            foreach (var document in loader.Load(live.Path, live.Json.ToJsonString()))
            {
                objects.AddRange(ObjectReader.Read(document, isManifest: true).Objects);
            }
        }

        var codeOwners = request.Repository is { } folder ? CodeOwnersSource.Locate(folder, request.Config) : null;
        var options = new ScanOptions
        {
            Artifact = new ClusterArtifact(request.ClusterName, objects),
            Scanners = Scanners,
            Config = request.Config,
            PathOwners = new TracedOwners(traces, codeOwners),
            Parallelism = 1,
        };
        var outcome = await new ScanPipeline(options).RunAsync(cancellation).ConfigureAwait(false);
        if (outcome.Report is not { } report)
        {
            return new AuditResult(null, listing.Objects, traces, listing.Requests) { Errors = outcome.SetupErrors };
        }

        report = report with
        {
            ResourcesScanned = objects.Count,
            Coverage = report.Coverage with { NotChecked = [.. report.Coverage.NotChecked, .. listing.NotChecked] },
        };
        return new AuditResult(report, listing.Objects, traces, listing.Requests);
    }
}
