namespace Rampart.Regex;

/// <summary>
/// Why a pattern does not compile: the RE2 error text (for example <c>invalid escape sequence: \1</c>)
/// and the zero-based UTF-16 index in the pattern where the offending part starts.
/// </summary>
public sealed record Re2Error(Re2ErrorCode Code, string Message, int Position)
{
    public override string ToString() => $"{Message} (at position {Position})";
}
