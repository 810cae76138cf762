namespace Rampart.Regex;

/// <summary>
/// UTF-8 input read as code points; positions are byte offsets. Each byte that does not start a valid
/// sequence (a stray continuation byte, a truncated or overlong sequence, a surrogate, a value past
/// U+10FFFF) reads as U+FFFD, one byte wide, as Go's regexp reads bytes: it matches what U+FFFD matches
/// (<c>.</c>, <c>\S</c>, <c>[^a]</c>, <c>\x{FFFD}</c>), never an ASCII literal, and the scan moves on by one byte.
/// </summary>
internal readonly ref struct Utf8Text(ReadOnlySpan<byte> text) : IText
{
    public const int Replacement = 0xFFFD;

    private readonly ReadOnlySpan<byte> _text = text;

    public int Length => _text.Length;

    public int AsciiAt(int index) => (uint)index < (uint)_text.Length && _text[index] < 128 ? _text[index] : -1;

    public int RuneAt(int index, out int width)
    {
        if ((uint)index >= (uint)_text.Length)
        {
            width = 0;
            return -1;
        }

        int b0 = _text[index];
        if (b0 < 0x80)
        {
            width = 1;
            return b0;
        }

        // The second byte's range depends on the first (no overlong forms, no surrogates, nothing past U+10FFFF).
        var (length, lo, hi) = b0 switch
        {
            >= 0xC2 and <= 0xDF => (2, 0x80, 0xBF),
            0xE0 => (3, 0xA0, 0xBF),
            0xED => (3, 0x80, 0x9F),
            >= 0xE1 and <= 0xEF => (3, 0x80, 0xBF),
            0xF0 => (4, 0x90, 0xBF),
            >= 0xF1 and <= 0xF3 => (4, 0x80, 0xBF),
            0xF4 => (4, 0x80, 0x8F),
            _ => (0, 0, 0),
        };
        width = 1;
        if (length == 0 || index + length > _text.Length || _text[index + 1] < lo || _text[index + 1] > hi)
        {
            return Replacement;
        }

        var rune = b0 & (0xFF >> (length + 1));
        for (var i = 1; i < length; i++)
        {
            var b = _text[index + i];
            if ((b & 0xC0) != 0x80)
            {
                return Replacement;
            }

            rune = (rune << 6) | (b & 0x3F);
        }

        width = length;
        return rune;
    }

    /// <summary>
    /// The code point ending just before <paramref name="index"/> as forward reading sees it: the sequence that
    /// starts within the three bytes before and ends exactly there, else U+FFFD for the one byte before.
    /// </summary>
    public int RuneBefore(int index) => RuneBefore(index, out _);

    /// <inheritdoc cref="RuneBefore(int)"/>
    public int RuneBefore(int index, out int width)
    {
        width = index <= 0 ? 0 : 1;
        if (index <= 0)
        {
            return -1;
        }

        if (_text[index - 1] < 0x80)
        {
            return _text[index - 1];
        }

        var start = index - 1;
        var limit = Math.Max(0, index - 4);
        while (start > limit && (_text[start] & 0xC0) == 0x80)
        {
            start--;
        }

        var rune = new Utf8Text(_text[..index]).RuneAt(start, out var forward);
        if (start + forward != index)
        {
            return Replacement;
        }

        width = forward;
        return rune;
    }

    public bool CanSkip(Prefilter prefilter) => prefilter.CanSkipUtf8;

    public int NextCandidate(Prefilter prefilter, int pos) => prefilter.Next(_text, pos);
}
