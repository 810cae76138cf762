namespace Rampart.Regex;

/// <summary>The parse of a pattern: its tree and group names, or the error that rejected it.</summary>
internal sealed record ParseResult(RegexNode? Root, IReadOnlyList<string?> GroupNames, Re2Error? Error);
