namespace Rampart.Tests.Scanning.Fuzzing;

/// <summary>A promise a scan of a fuzzed repository broke: which file it concerns (null when none in particular) and how.</summary>
internal sealed record FuzzViolation(string? Path, string What);
