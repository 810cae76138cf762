namespace Rampart.Cel.Values;

/// <summary>An immutable byte sequence (<c>b'abc'</c>).</summary>
public sealed class CelBytes : CelValue
{
    private readonly byte[] bytes;

    private CelBytes(byte[] bytes) => this.bytes = bytes;

    public static CelBytes Empty { get; } = new([]);

    public ReadOnlySpan<byte> Span => bytes;

    public ReadOnlyMemory<byte> Memory => bytes;

    public int Length => bytes.Length;

    public override CelType Type => CelType.Bytes;

    /// <summary>A copy of <paramref name="value"/>.</summary>
    public static CelBytes Of(ReadOnlySpan<byte> value) => value.IsEmpty ? Empty : new CelBytes(value.ToArray());

    /// <summary>Takes ownership of <paramref name="value"/>: the caller must not change it afterwards.</summary>
    public static CelBytes Wrap(byte[] value) => value.Length == 0 ? Empty : new CelBytes(value);

    public static CelBytes FromUtf8(string value) => Wrap(System.Text.Encoding.UTF8.GetBytes(value));

    public override bool CelEquals(CelValue other) => other is CelBytes b && b.Span.SequenceEqual(Span);

    public override int CelHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(bytes);
        return hash.ToHashCode();
    }

    public override string ToString() => Convert.ToBase64String(bytes);
}
