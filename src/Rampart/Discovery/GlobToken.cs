namespace Rampart.Discovery;

internal enum GlobTokenKind
{
    /// <summary>One given byte.</summary>
    Literal,
    /// <summary><c>?</c>: any byte but <c>/</c>.</summary>
    AnyByte,
    /// <summary><c>[...]</c>: a byte of the set, never <c>/</c>.</summary>
    Set,
    /// <summary><c>*</c>: any run of bytes without <c>/</c>.</summary>
    Star,
    /// <summary><c>**</c> at the end of a pattern (or before <c>\/</c>): anything, slashes included.</summary>
    AnyText,
    /// <summary><c>**/</c> at the start of a segment: nothing, or anything that ends with <c>/</c>. Entry state (may be skipped).</summary>
    FoldersEntry,
    /// <summary>The second state of <c>**/</c>: inside the folders, left only by a <c>/</c>.</summary>
    FoldersInside,
}

internal readonly record struct GlobToken(GlobTokenKind Kind, byte Byte, ByteSet? Bytes)
{
    public static GlobToken AnyByte => new(GlobTokenKind.AnyByte, 0, null);
    public static GlobToken Star => new(GlobTokenKind.Star, 0, null);
    public static GlobToken AnyText => new(GlobTokenKind.AnyText, 0, null);
    public static GlobToken FoldersEntry => new(GlobTokenKind.FoldersEntry, 0, null);
    public static GlobToken FoldersInside => new(GlobTokenKind.FoldersInside, 0, null);

    public static GlobToken Literal(byte b) => new(GlobTokenKind.Literal, b, null);

    public static GlobToken Set(ByteSet set) => new(GlobTokenKind.Set, 0, set);
}
