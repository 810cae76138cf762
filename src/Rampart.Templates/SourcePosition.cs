namespace Rampart.Templates;

/// <summary>A place in a source: a file (or template) name, a 1-based line and a 1-based column (0 when unknown).</summary>
public sealed record SourcePosition(string File, int Line, int Column)
{
    public override string ToString() => Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}";
}
