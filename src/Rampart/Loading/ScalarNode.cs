namespace Rampart.Loading;

/// <summary>
/// A scalar with its source text and its resolved value. <see cref="Kind"/> says which of the typed values
/// holds: <see cref="Bool"/> for <see cref="ScalarKind.Bool"/>, <see cref="Int"/> for <see cref="ScalarKind.Int"/>,
/// <see cref="Float"/> for <see cref="ScalarKind.Float"/>; <see cref="Text"/> always holds the text as written
/// (after escapes are processed; for <c>!!binary</c> the decoded text).
/// </summary>
public sealed class ScalarNode(Mark start, Mark end, string text, ScalarStyle style, ScalarKind kind) : Node(start, end)
{
    private string? keyText;

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

    /// <summary>
    /// The text Kubernetes uses when this scalar is a mapping key: the text itself for strings, and for other
    /// kinds the string sigs.k8s.io/yaml makes of the resolved value (<c>on</c> → <c>"true"</c>, <c>0644</c> →
    /// <c>"420"</c>, <c>1e3</c> → <c>"1000"</c>). Null for keys Kubernetes cannot convert (null, integers past
    /// <see cref="long"/>).
    /// </summary>
    public string? KeyText
    {
        get
        {
            if (Kind == ScalarKind.String)
            {
                return Text;
            }

            // Benign race: every thread computes the same string.
            return keyText ??= KeyConversion.ToKeyText(this);
        }
    }

    public override string ToString() => Text;
}
