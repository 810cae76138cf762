namespace Rampart.Loading;

/// <summary>
/// A scalar with its source text and its resolved value. <see cref="Kind"/> says which of the typed values
/// holds: <see cref="Bool"/> for <see cref="ScalarKind.Bool"/>, <see cref="Int"/> for <see cref="ScalarKind.Int"/>,
/// <see cref="Float"/> for <see cref="ScalarKind.Float"/>; <see cref="Text"/> always holds the text as written
/// (after escapes are processed).
/// </summary>
public sealed class ScalarNode(Mark start, Mark end, string text, ScalarStyle style, ScalarKind kind) : Node(start, end)
{
    public string Text { get; } = text;
    public ScalarStyle Style { get; } = style;
    public ScalarKind Kind { get; } = kind;
    public bool Bool { get; init; }
    public long Int { get; init; }
    public double Float { get; init; }

    /// <summary>
    /// Integers past the range of <see cref="long"/> (up to <see cref="ulong.MaxValue"/>) resolve as
    /// <see cref="ScalarKind.Int"/> with this flag set and the value in <see cref="UInt"/>.
    /// </summary>
    public bool IsUnsigned { get; init; }
    public ulong UInt { get; init; }

    public override string ToString() => Text;
}
