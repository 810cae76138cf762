namespace Rampart.Regex;

/// <summary>A match of one pattern of a <see cref="Re2Set"/>: the pattern's index in the set and the match's bounds.</summary>
public readonly record struct Re2SetMatch(int Pattern, Re2Bounds Bounds);
