namespace Rampart.Regex;

/// <summary>
/// The input before <paramref name="end"/> read backwards, code point by code point, for the reverse DFA that finds
/// where a match ending at <paramref name="end"/> starts: position <c>r</c> here is position <c>end - r</c> of the
/// input. The code point before position 0 is the one at <paramref name="end"/>, so assertions see the real text.
/// A code point that crosses <paramref name="floor"/> (where the forward search started) is read as forward reading
/// from there reads it: its units after the floor one by one.
/// </summary>
internal readonly ref struct ReversedText<TText>(TText text, int end, int floor) : IText
    where TText : IText, allows ref struct
{
    private readonly TText _text = text;
    private readonly int _end = end;
    private readonly int _floor = floor;

    public int Length => _end;

    public int AsciiAt(int index) => index < _end ? _text.AsciiAt(_end - 1 - index) : -1;

    public int RuneAt(int index, out int width)
    {
        var at = _end - index;
        var rune = _text.RuneBefore(at, out width);
        return at > _floor && at - width < _floor ? _text.RuneAt(at - 1, out width) : rune;
    }

    public int RuneBefore(int index) => _text.RuneAt(_end - index, out _);

    public int RuneBefore(int index, out int width) => _text.RuneAt(_end - index, out width);

    public bool CanSkip(Prefilter prefilter) => false;

    public int NextCandidate(Prefilter prefilter, int pos) => pos;
}
