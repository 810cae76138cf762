namespace Rampart.Gate;

public sealed record BaselineLoadResult(Baseline? Baseline, string? Error);
