namespace Rampart.Cel.Parsing;

/// <summary>
/// Unwinds the recursive-descent parser at the first syntax error. It never leaves <see cref="Parser.Parse"/>,
/// which turns it into a compile issue.
/// </summary>
internal sealed class SyntaxError(int offset, string message) : Exception(message)
{
    public int Offset { get; } = offset;
}
