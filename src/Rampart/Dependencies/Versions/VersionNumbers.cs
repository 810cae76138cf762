using System.Globalization;
using System.Numerics;

namespace Rampart.Dependencies.Versions;

/// <summary>Numeric parts of versions, of any length: compared as integers without overflow.</summary>
internal static class VersionNumbers
{
    /// <summary>Whether the text is an integer (an optional sign, then at least one ASCII digit).</summary>
    public static bool IsNumber(ReadOnlySpan<char> text)
    {
        var digits = text is ['+' or '-', ..] ? text[1..] : text;
        return !digits.IsEmpty && !digits.ContainsAnyExceptInRange('0', '9');
    }

    public static BigInteger Parse(ReadOnlySpan<char> number) =>
        number.IsEmpty ? BigInteger.Zero : BigInteger.Parse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>Compares two integers given as text (see <see cref="IsNumber"/>).</summary>
    public static int Compare(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Math.Sign(Parse(a).CompareTo(Parse(b)));

    /// <summary>Compares lists of numbers, the shorter padded with zeros.</summary>
    public static int CompareAll(IReadOnlyList<BigInteger> a, IReadOnlyList<BigInteger> b)
    {
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            var diff = (i < a.Count ? a[i] : BigInteger.Zero).CompareTo(i < b.Count ? b[i] : BigInteger.Zero);
            if (diff != 0)
            {
                return Math.Sign(diff);
            }
        }

        return 0;
    }
}
