using System.Buffers;

namespace Rampart.Cel.Values;

/// <summary>Whether text holds UTF-16 surrogates (U+D800 to U+DFFF), that is code points past U+FFFF or broken halves.</summary>
internal static class Utf16Surrogates
{
    /// <summary>
    /// A search with these values runs code the framework precompiled; the generic range search over <c>char</c> is
    /// compiled at run time and, until the runtime optimises it, boxes each character it compares.
    /// </summary>
    private static readonly SearchValues<char> All = SearchValues.Create(string.Create(0x800, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)(0xD800 + i);
        }
    }));

    public static bool In(string text) => text.AsSpan().ContainsAny(All);
}
