namespace Rampart.Regex;

/// <summary>
/// UTF-16 input read as code points; positions are indexes of UTF-16 code units. An unpaired surrogate reads
/// as its own value, one unit wide.
/// </summary>
internal readonly ref struct Utf16Text(ReadOnlySpan<char> text) : IText
{
    private readonly ReadOnlySpan<char> _text = text;

    public int Length => _text.Length;

    public int AsciiAt(int index) => (uint)index < (uint)_text.Length && _text[index] < 128 ? _text[index] : -1;

    public int RuneAt(int index, out int width)
    {
        if ((uint)index >= (uint)_text.Length)
        {
            width = 0;
            return -1;
        }

        var c = _text[index];
        if (char.IsHighSurrogate(c) && index + 1 < _text.Length && char.IsLowSurrogate(_text[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, _text[index + 1]);
        }

        width = 1;
        return c;
    }

    public int RuneBefore(int index) => RuneBefore(index, out _);

    public int RuneBefore(int index, out int width)
    {
        if (index <= 0)
        {
            width = 0;
            return -1;
        }

        var c = _text[index - 1];
        if (char.IsLowSurrogate(c) && index >= 2 && char.IsHighSurrogate(_text[index - 2]))
        {
            width = 2;
            return char.ConvertToUtf32(_text[index - 2], c);
        }

        width = 1;
        return c;
    }

    public bool CanSkip(Prefilter prefilter) => prefilter.CanSkipUtf16;

    public int NextCandidate(Prefilter prefilter, int pos) => prefilter.Next(_text, pos);
}
