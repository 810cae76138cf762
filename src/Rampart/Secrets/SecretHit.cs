namespace Rampart.Secrets;

/// <summary>A secret found in a span of bytes: the rule (its index in the scanner's rules), where the secret is (byte offsets) and its value.</summary>
public readonly record struct SecretHit(int Rule, int Index, int Length, string Value)
{
    public int End => Index + Length;
}
