namespace Rampart.Reporting;

/// <summary>
/// What the scan made of the repository's files, by outcome: manifests whose objects were checked, templates and
/// patches not rendered, YAML or JSON without Kubernetes objects (not counting files known to configure a tool),
/// and files and folders that could not be scanned (each with a finding); and what it rendered: entry points, the
/// objects they rendered, the files read only to render them, and what was not checked and why.
/// </summary>
public sealed record ScanCoverage(int Manifests, int NotRendered, int WithoutObjects, int NotScanned)
{
    public static ScanCoverage None { get; } = new(0, 0, 0, 0);

    /// <summary>Entry points rendered (kustomization roots, charts, Flux and Argo CD objects), failed renders included.</summary>
    public int EntryPoints { get; init; }

    /// <summary>Objects the renders produced and the scan checked.</summary>
    public int RenderedObjects { get; init; }

    /// <summary>YAML and JSON files (and templates) read by a render: checked through what they render to, not on their own.</summary>
    public int RenderInputs { get; init; }

    /// <summary>What was not rendered or not checked, and why (a failed render, a chart not in the cache, a limit), one sentence each.</summary>
    public IReadOnlyList<string> NotChecked { get; init; } = [];

    /// <summary>
    /// How much was not checked, by <see cref="NotCheckedReason.Key"/>: every reason of <see cref="NotCheckedReason.All"/>,
    /// zeros included (kinds without a schema per kind and file, files, folders, documents, renders).
    /// </summary>
    public IReadOnlyDictionary<string, int> NotCheckedByReason { get; init; } = NotCheckedReason.All.ToDictionary(r => r.Key, _ => 0);
}
