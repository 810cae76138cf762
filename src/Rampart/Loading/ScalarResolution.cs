namespace Rampart.Loading;

/// <summary>What a scalar resolves to, and what is wrong or surprising about it.</summary>
internal struct ScalarResolution
{
    public ScalarKind Kind;
    public bool Bool;
    public long Int;
    public ulong UInt;
    public bool IsUnsigned;
    public double Float;

    /// <summary>Replaces the source text (the decoded text of a <c>!!binary</c> value).</summary>
    public string? Text;

    /// <summary>Why the value cannot be read as its explicit tag says (Kubernetes rejects the document).</summary>
    public string? TagError;

    /// <summary>How Kubernetes reads an unquoted value whose meaning is ambiguous, or null.</summary>
    public string? Ambiguity;

    public static ScalarResolution String => new() { Kind = ScalarKind.String };
}
