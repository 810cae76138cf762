namespace Rampart.Cel.Values;

/// <summary>A place in an expression's source: 1-based line and column (in code points), 0-based character offset.</summary>
public readonly record struct CelSourceLocation(int Line, int Column, int Offset)
{
    public override string ToString() => $"{Line}:{Column}";
}
