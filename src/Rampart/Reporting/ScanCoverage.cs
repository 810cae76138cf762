namespace Rampart.Reporting;

/// <summary>
/// What the scan made of the repository's files, by outcome: manifests whose objects were checked, templates and
/// patches not rendered, YAML or JSON without Kubernetes objects (not counting files known to configure a tool),
/// and files and folders that could not be scanned (each with a finding).
/// </summary>
public sealed record ScanCoverage(int Manifests, int NotRendered, int WithoutObjects, int NotScanned)
{
    public static ScanCoverage None { get; } = new(0, 0, 0, 0);
}
