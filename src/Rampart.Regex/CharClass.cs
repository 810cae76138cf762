namespace Rampart.Regex;

/// <summary>
/// An immutable set of code points as sorted, disjoint, non-adjacent ranges (lo, hi pairs), with a
/// bitmap for ASCII so the common case is one lookup.
/// </summary>
internal sealed class CharClass
{
    public const int MaxRune = 0x10FFFF;

    private readonly int[] _ranges;
    private readonly ulong _asciiLow;
    private readonly ulong _asciiHigh;

    /// <param name="ranges">Normalized ranges: sorted, disjoint, not adjacent.</param>
    public CharClass(int[] ranges)
    {
        _ranges = ranges;
        for (var i = 0; i < ranges.Length; i += 2)
        {
            for (var c = ranges[i]; c <= ranges[i + 1] && c < 128; c++)
            {
                if (c < 64)
                {
                    _asciiLow |= 1UL << c;
                }
                else
                {
                    _asciiHigh |= 1UL << (c - 64);
                }
            }
        }
    }

    /// <summary>The ranges as lo, hi pairs.</summary>
    public ReadOnlySpan<int> Ranges => _ranges;

    public int RangeCount => _ranges.Length / 2;

    public bool IsEmpty => _ranges.Length == 0;

    /// <summary>True when the class holds every code point.</summary>
    public bool IsAny => _ranges.Length == 2 && _ranges[0] == 0 && _ranges[1] == MaxRune;

    /// <summary>True when the class holds every code point but the newline.</summary>
    public bool IsAnyButNewline =>
        _ranges.Length == 4 && _ranges[0] == 0 && _ranges[1] == '\n' - 1 && _ranges[2] == '\n' + 1 && _ranges[3] == MaxRune;

    /// <summary>The single code point of a one-element class, or -1.</summary>
    public int SingleRune => _ranges.Length == 2 && _ranges[0] == _ranges[1] ? _ranges[0] : -1;

    public bool Contains(int rune)
    {
        if (rune < 64)
        {
            return rune >= 0 && (_asciiLow & (1UL << rune)) != 0;
        }

        if (rune < 128)
        {
            return (_asciiHigh & (1UL << (rune - 64))) != 0;
        }

        var lo = 0;
        var hi = (_ranges.Length / 2) - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (rune < _ranges[2 * mid])
            {
                hi = mid - 1;
            }
            else if (rune > _ranges[(2 * mid) + 1])
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
