namespace Rampart.Rendering;

/// <summary>
/// Every source of entry points a scan asks, one line each, in the order their entry points are reported. Adding a
/// family of entry points (charts, Flux objects, Argo CD objects) is one line here.
/// </summary>
public static class EntryPointSources
{
    public static IReadOnlyList<IEntryPointSource> All { get; } =
    [
        new KustomizationRoots(),
    ];
}
