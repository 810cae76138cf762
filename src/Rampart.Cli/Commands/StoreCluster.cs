using System.CommandLine;
using Rampart.Configuration;
using Rampart.Store.Ingest;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>--cluster NAME</c>: the repository name a cluster's admission decisions and audits are stored under (default:
/// <c>RAMPART_CLUSTER</c>, then <c>store.cluster</c> of <c>rampart.yaml</c>, then <see cref="Default"/>).
/// </summary>
internal sealed class StoreCluster
{
    public const string Default = "cluster";

    private readonly Option<string?> cluster = new("--cluster")
    {
        Description = $"The name a cluster's admission decisions and audits are stored under in the findings store (default: RAMPART_CLUSTER, then store.cluster of rampart.yaml, then '{Default}').",
    };

    public void AddTo(Command command) => command.Options.Add(cluster);

    /// <summary>The name, or an error when it is no valid repository name.</summary>
    public (string? Name, string? Error) Read(ParseResult parse, StoreSettings file, Func<string, string?> environment)
    {
        var name = parse.GetValue(cluster) ?? (environment("RAMPART_CLUSTER") is { Length: > 0 } fromEnvironment ? fromEnvironment : null) ?? file.Cluster ?? Default;
        return new ScanTarget(name, StoreAdmissionRecorder.Branch, null).Validate() is { } invalid ? (null, $"--cluster: {invalid}") : (name, null);
    }
}
