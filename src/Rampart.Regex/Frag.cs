namespace Rampart.Regex;

/// <summary>
/// A compiled fragment: its first instruction, the list of its dangling exits, and whether it can match
/// the empty string. Start 0 (the Fail instruction) means the fragment never matches.
/// </summary>
internal readonly record struct Frag(int Start, PatchList Out, bool Nullable);
