namespace Rampart.Secrets;

/// <summary>
/// A secret found in a span of bytes: the rule (its index in the scanner's rules), where the secret is (byte offsets),
/// its value, and where the whole match starts (before the secret for a key's header or an assignment).
/// </summary>
public readonly record struct SecretHit(int Rule, int Index, int Length, string Value, int MatchIndex)
{
    public int End => Index + Length;
}
