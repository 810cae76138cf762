namespace Rampart.Ownership.CodeOwners;

/// <summary>
/// Something wrong with one line of a CODEOWNERS file (1-based line and column). <paramref name="Skipped"/>
/// says whether the line was left out (GitHub skips invalid lines; GitLab keeps most of them).
/// </summary>
public sealed record CodeOwnersProblem(int Line, int Column, string Message, bool Skipped)
{
    public override string ToString() => $"line {Line}, column {Column}: {Message}{(Skipped ? " (line skipped)" : "")}";
}
