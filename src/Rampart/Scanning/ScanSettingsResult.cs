namespace Rampart.Scanning;

/// <summary>The merged options of a scan, or the errors that keep it from starting (usage or configuration errors).</summary>
public sealed record ScanSettingsResult(ScanOptions? Options, IReadOnlyList<string> Errors);
