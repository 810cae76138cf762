using System.Buffers;
using System.Text;

namespace Rampart.Regex;

/// <summary>
/// Where a match can start, to skip ahead while no match is in progress: a literal every match starts with,
/// else a few literals one of which every match starts with (UTF-16 only), else the units a match can start
/// with. Built once per program for both encodings; immutable.
/// </summary>
internal sealed class Prefilter
{
    public static Prefilter None { get; } = new(anchored: false, prefix: null, leadingLiterals: null, startRunes: null);

    private readonly bool _anchored;
    private readonly string? _prefix;
    private readonly byte[]? _utf8Prefix;
    private readonly SearchValues<string>? _leadingLiterals;
    private readonly SearchValues<char>? _startChars;
    private readonly SearchValues<byte>? _startBytes;

    /// <param name="anchored">Every match starts at the beginning of the text: nothing to skip.</param>
    /// <param name="prefix">A case-sensitive literal every match starts with.</param>
    /// <param name="leadingLiterals">Literals one of which every match starts with.</param>
    /// <param name="startRunes">The code points a match can start with; null when any can (or the empty match).</param>
    public Prefilter(bool anchored, string? prefix, SearchValues<string>? leadingLiterals, CharClass? startRunes)
    {
        _anchored = anchored;
        if (anchored)
        {
            return;
        }

        _prefix = prefix;
        _leadingLiterals = prefix is null ? leadingLiterals : null;
        _startChars = prefix is null && leadingLiterals is null && startRunes is not null ? StartUnits.Chars(startRunes) : null;

        // In UTF-8 an invalid byte reads as U+FFFD, so a prefix holding U+FFFD also starts where the bytes are invalid.
        _utf8Prefix = prefix is not null && !prefix.Contains((char)Utf8Text.Replacement, StringComparison.Ordinal)
            ? Encoding.UTF8.GetBytes(prefix)
            : null;
        _startBytes = _utf8Prefix is null && startRunes is not null ? StartUnits.Bytes(startRunes) : null;
    }

    public bool CanSkipUtf16 => _prefix is not null || _leadingLiterals is not null || _startChars is not null;

    public bool CanSkipUtf8 => _utf8Prefix is not null || _startBytes is not null;

    /// <summary>The next position at or after <paramref name="pos"/> where a match can start; -1 when none can.</summary>
    public int Next(ReadOnlySpan<char> input, int pos)
    {
        if (_anchored)
        {
            return pos;
        }

        var rest = input[pos..];
        var next = _prefix is not null ? rest.IndexOf(_prefix, StringComparison.Ordinal)
            : _leadingLiterals is not null ? rest.IndexOfAny(_leadingLiterals)
            : _startChars is not null ? rest.IndexOfAny(_startChars)
            : 0;
        return next < 0 ? -1 : pos + next;
    }

    /// <inheritdoc cref="Next(ReadOnlySpan{char}, int)"/>
    public int Next(ReadOnlySpan<byte> input, int pos)
    {
        if (_anchored)
        {
            return pos;
        }

        var rest = input[pos..];
        var next = _utf8Prefix is not null ? rest.IndexOf(_utf8Prefix)
            : _startBytes is not null ? rest.IndexOfAny(_startBytes)
            : 0;
        return next < 0 ? -1 : pos + next;
    }
}
