namespace Rampart.Loading;

/// <summary>
/// The timestamp forms go-yaml v2 recognises (Go layouts <c>2006-1-2T15:4:5.999999999Z07:00</c>, the same with
/// a lower-case <c>t</c>, <c>2006-1-2 15:4:5.999999999</c> and <c>2006-1-2</c>). Kubernetes sees such values as
/// strings; the form matters only for <c>!!timestamp</c> tags.
/// </summary>
internal static class YamlTimestamp
{
    public static bool IsTimestamp(ReadOnlySpan<char> s)
    {
        // Quick check, as go-yaml does: exactly four digits, then '-'.
        if (s.Length < 8 || !IsDigits(s[..4]) || s[4] != '-')
        {
            return false;
        }

        var i = 5;
        if (!Number(s, ref i, 1, 12, out var month) || i >= s.Length || s[i] != '-')
        {
            return false;
        }

        i++;
        var year = ((s[0] - '0') * 1000) + ((s[1] - '0') * 100) + ((s[2] - '0') * 10) + (s[3] - '0');
        if (!Number(s, ref i, 1, DaysIn(year, month), out _))
        {
            return false;
        }

        if (i == s.Length)
        {
            return true;
        }

        var separator = s[i];
        if (separator is not ('T' or 't' or ' '))
        {
            return false;
        }

        i++;
        if (!Number(s, ref i, 0, 23, out _) || !Expect(s, ref i, ':') || !Number(s, ref i, 0, 59, out _)
            || !Expect(s, ref i, ':') || !Number(s, ref i, 0, 59, out _))
        {
            return false;
        }

        if (i + 1 < s.Length && (s[i] == '.' || s[i] == ',') && char.IsAsciiDigit(s[i + 1]))
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }
        }

        if (separator == ' ')
        {
            return i == s.Length;
        }

        return Zone(s[i..]);
    }

    private static bool Zone(ReadOnlySpan<char> s)
    {
        if (s is "Z")
        {
            return true;
        }

        return s.Length == 6 && (s[0] == '+' || s[0] == '-') && IsDigits(s.Slice(1, 2)) && s[3] == ':' && IsDigits(s.Slice(4, 2))
            && ((s[1] - '0') * 10) + (s[2] - '0') <= 24 && ((s[4] - '0') * 10) + (s[5] - '0') <= 59;
    }

    /// <summary>One or two digits within [min, max].</summary>
    private static bool Number(ReadOnlySpan<char> s, ref int i, int min, int max, out int value)
    {
        value = 0;
        var start = i;
        while (i < s.Length && i - start < 2 && char.IsAsciiDigit(s[i]))
        {
            value = (value * 10) + (s[i] - '0');
            i++;
        }

        return i > start && value >= min && value <= max;
    }

    private static bool Expect(ReadOnlySpan<char> s, ref int i, char c)
    {
        if (i < s.Length && s[i] == c)
        {
            i++;
            return true;
        }

        return false;
    }

    private static int DaysIn(int year, int month) => year == 0 ? (month == 2 ? 29 : DateTime.DaysInMonth(2000, month)) : DateTime.DaysInMonth(year, month);

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
