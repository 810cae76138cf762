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

    /// <summary>
    /// Unsigned digits without their leading zeros (<c>0</c> for zero): two such strings compare as their numbers do,
    /// by length, then character by character, without turning them into numbers.
    /// </summary>
    public static string Digits(ReadOnlySpan<char> digits)
    {
        var trimmed = digits.TrimStart('0');
        return trimmed.IsEmpty ? "0" : trimmed.ToString();
    }

    /// <summary>Compares lists of <see cref="Digits"/>, the shorter padded with zeros.</summary>
    public static int CompareAll(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            var (x, y) = (i < a.Count ? a[i] : "0", i < b.Count ? b[i] : "0");
            var diff = x.Length != y.Length ? x.Length - y.Length : string.CompareOrdinal(x, y);
            if (diff != 0)
            {
                return Math.Sign(diff);
            }
        }

        return 0;
    }
}
