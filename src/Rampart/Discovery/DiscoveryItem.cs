namespace Rampart.Discovery;

/// <summary>
/// What the walker yields: a <see cref="DiscoveredFile"/> to scan, or a <see cref="DiscoveryProblem"/>
/// (a file or folder that could not be walked or read). <see cref="RelativePath"/> is relative to the scan
/// root with forward slashes.
/// </summary>
public abstract record DiscoveryItem(string RelativePath);
