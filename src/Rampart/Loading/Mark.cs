namespace Rampart.Loading;

/// <summary>A position in a source file: 1-based line and column.</summary>
public readonly record struct Mark(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
