namespace Rampart.Secrets;

/// <summary>
/// A secret found in a file: the rule (its index in the scanner's rules), the 1-based line and column of the value,
/// its length in characters, the value itself (never written anywhere: findings keep a redacted form and a hash), and
/// whether a <c>rampart:allow</c> comment on a line of the match silences it.
/// </summary>
public sealed record LocatedSecret(int Rule, int Line, int Column, int Length, string Value, bool Allowed);
