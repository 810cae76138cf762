namespace Rampart.Discovery;

/// <summary>The verdict on one file: its kind, its syntax, and the details some kinds carry.</summary>
public sealed record FileClassification(FileKind Kind, FileFormat Format)
{
    public string? NotRenderedReason { get; init; }
    public string? Ecosystem { get; init; }
    public string? Chart { get; init; }
}
