namespace Rampart.Loading;

/// <summary>
/// A comment addressed to Rampart (<c># rampart:ignore RMP-K8S-001 reason</c>): its text after <c>rampart:</c>, the file
/// and where its <c>#</c> stands, and the lines of the document it belongs to (from the document's first line to its last;
/// <see cref="int.MaxValue"/> when the document runs to the end of the file). The loader keeps only these comments.
/// </summary>
public sealed record CommentDirective(string Path, string Text, Mark At, int DocumentLine, int DocumentEndLine)
{
    public const string Prefix = "rampart:";

    /// <summary>Whether <paramref name="line"/> lies in the directive's document.</summary>
    public bool InDocument(int line) => line >= DocumentLine && line <= DocumentEndLine;
}
