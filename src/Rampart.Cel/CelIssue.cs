namespace Rampart.Cel;

/// <summary>
/// A compile error: a message with the 1-based line and column (in code points) where it was found, and the
/// source line with a caret under that column.
/// </summary>
public sealed record CelIssue(string Message, int Line, int Column, string Excerpt)
{
    /// <summary><c>1:5: message</c> followed by the excerpt.</summary>
    public override string ToString() => $"{Line}:{Column}: {Message}" + (Excerpt.Length > 0 ? "\n" + Excerpt : string.Empty);
}
