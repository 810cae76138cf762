namespace Rampart.Regex;

/// <summary>
/// Successive non-overlapping matches of a <see cref="Re2Regex"/> in UTF-16 text or UTF-8 bytes, as Go's FindAll
/// finds them: each search starts where the previous match ended, and an empty match right after a match is
/// skipped. Use it with <c>foreach</c>; it allocates nothing.
/// </summary>
public ref struct Re2MatchEnumerator
{
    private readonly Re2Regex _regex;
    private readonly ReadOnlySpan<char> _chars;
    private readonly ReadOnlySpan<byte> _bytes;
    private readonly bool _utf8;
    private int _pos;
    private int _previousEnd = -1;

    internal Re2MatchEnumerator(Re2Regex regex, ReadOnlySpan<char> input)
    {
        _regex = regex;
        _chars = input;
    }

    internal Re2MatchEnumerator(Re2Regex regex, ReadOnlySpan<byte> utf8)
    {
        _regex = regex;
        _bytes = utf8;
        _utf8 = true;
    }

    /// <summary>The bounds of the current match.</summary>
    public Re2Bounds Current { get; private set; }

    public readonly Re2MatchEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        var length = _utf8 ? _bytes.Length : _chars.Length;
        while (_pos <= length)
        {
            var found = _utf8
                ? _regex.TryFindBounds(new Utf8Text(_bytes), _pos, null, out var match)
                : _regex.TryFindBounds(new Utf16Text(_chars), _pos, null, out match);
            if (!found)
            {
                _pos = length + 1;
                return false;
            }

            var end = match.End;
            var accept = match.Length > 0 || match.Index != _previousEnd;
            if (match.Length == 0)
            {
                // Step over the code point after an empty match, or past the end.
                var width = 0;
                _ = _utf8 ? new Utf8Text(_bytes).RuneAt(end, out width) : new Utf16Text(_chars).RuneAt(end, out width);
                _pos = width > 0 ? end + width : length + 1;
            }
            else
            {
                _pos = end;
            }

            _previousEnd = end;
            if (accept)
            {
                Current = match;
                return true;
            }
        }

        return false;
    }
}
