namespace Rampart.Gate;

public sealed record BaselineEntry(string Fingerprint, string RuleId, string Path, string? Resource);
