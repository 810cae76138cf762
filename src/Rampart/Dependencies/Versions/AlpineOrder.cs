using System.Numerics;

namespace Rampart.Dependencies.Versions;

/// <summary>
/// Alpine package versions (apk): <c>number{.number}{letter}{_suffix{number}}{~hash}{-r#}</c>. Numbers by value,
/// except that after the first a number with a leading zero compares as text; no letter before a letter; suffixes
/// in the order alpha, beta, pre, rc, (none), cvs, svn, git, hg, p; the hash is ignored; then the revision. A
/// version with anything left over sorts below the same version without it; two invalid ones (no <c>-r</c> before the
/// leftover) that are alike otherwise compare as text. With leftovers the order is that of the advisory databases and is
/// not transitive in every case (<c>1-ruff2</c> = <c>1--ruff1</c>, yet two invalid versions compare as text).
/// </summary>
public sealed class AlpineOrder : IVersionOrder
{
    private static readonly string[] Suffixes = ["alpha", "beta", "pre", "rc", "", "cvs", "svn", "git", "hg", "p"];
    private const int NoSuffix = 4;

    public IReadOnlyList<string> Ecosystems { get; } = ["Alpine"];

    public int Compare(string? x, string? y)
    {
        var a = Parse(x ?? "");
        var b = Parse(y ?? "");
        var diff = 0;
        for (var i = 0; diff == 0 && i < Math.Max(a.Numbers.Count, b.Numbers.Count); i++)
        {
            var (l, r) = (i < a.Numbers.Count ? a.Numbers[i] : "0", i < b.Numbers.Count ? b.Numbers[i] : "0");
            diff = i > 0 && (l.StartsWith('0') || r.StartsWith('0')) ? Math.Sign(string.CompareOrdinal(l, r)) : VersionNumbers.Compare(l, r);
        }

        if (diff == 0)
        {
            diff = a.Letter is null || b.Letter is null ? (a.Letter is null ? 0 : 1) - (b.Letter is null ? 0 : 1) : a.Letter.Value.CompareTo(b.Letter.Value);
        }

        for (var i = 0; diff == 0 && i < Math.Max(a.Suffixes.Count, b.Suffixes.Count); i++)
        {
            (int Weight, BigInteger Number) l = i < a.Suffixes.Count ? a.Suffixes[i] : (NoSuffix, BigInteger.Zero);
            (int Weight, BigInteger Number) r = i < b.Suffixes.Count ? b.Suffixes[i] : (NoSuffix, BigInteger.Zero);
            diff = l.Weight != r.Weight ? l.Weight.CompareTo(r.Weight) : l.Number.CompareTo(r.Number);
        }

        if (diff == 0)
        {
            diff = a.Revision.CompareTo(b.Revision);
        }

        if (diff == 0 && a.Rest.Length == 0 != (b.Rest.Length == 0))
        {
            diff = a.Rest.Length == 0 ? 1 : -1;
        }

        // Two invalid versions alike so far compare as text. (Comparing them as text from the start, as some tools
        // do, is not transitive once valid versions sit between.)
        if (diff == 0 && a.Invalid && b.Invalid)
        {
            diff = string.CompareOrdinal(x, y);
        }

        return Math.Sign(diff);
    }

    private static Parsed Parse(string version)
    {
        var i = 0;
        var numbers = new List<string>();
        while (i < version.Length && char.IsAsciiDigit(version[i]))
        {
            var start = i;
            while (i < version.Length && char.IsAsciiDigit(version[i]))
            {
                i++;
            }

            numbers.Add(version[start..i]);
            if (i < version.Length && version[i] == '.')
            {
                i++;
                if (i == version.Length || !char.IsAsciiDigit(version[i]))
                {
                    numbers.Add("");
                }
            }
        }

        char? letter = i < version.Length && char.IsAsciiLetterLower(version[i]) ? version[i++] : null;
        // Every suffix anywhere in the rest counts, but only those right at the front are consumed: a suffix after
        // something unknown still weighs in the comparison of an invalid version, as the advisory databases do it.
        var suffixes = new List<(int Weight, BigInteger Number)>();
        for (var k = i; k < version.Length;)
        {
            var (weight, number, end) = Suffix(version, k);
            if (weight < 0)
            {
                k++;
                continue;
            }

            suffixes.Add((weight, number));
            i = k == i ? end : i;
            k = end;
        }

        if (i < version.Length && version[i] == '~')
        {
            var end = i + 1;
            while (end < version.Length && (char.IsAsciiDigit(version[end]) || version[end] is >= 'a' and <= 'f'))
            {
                end++;
            }

            i = end > i + 1 ? end : i;
        }

        var revision = BigInteger.Zero;
        var invalid = false;
        if (i < version.Length)
        {
            if (string.CompareOrdinal(version, i, "-r", 0, 2) == 0)
            {
                var start = i + 2;
                i = start;
                while (i < version.Length && char.IsAsciiDigit(version[i]))
                {
                    i++;
                }

                revision = VersionNumbers.Parse(version.AsSpan(start, i - start));
            }
            else
            {
                invalid = true;
            }
        }

        return new Parsed(numbers, letter, suffixes, revision, version[i..], invalid);
    }

    /// <summary>A suffix <c>_name[digits]</c> starting at <paramref name="at"/>, or weight -1.</summary>
    private static (int Weight, BigInteger Number, int End) Suffix(string version, int at)
    {
        if (at >= version.Length || version[at] != '_')
        {
            return (-1, default, at);
        }

        for (var weight = 0; weight < Suffixes.Length; weight++)
        {
            var name = Suffixes[weight];
            if (name.Length > 0 && string.CompareOrdinal(version, at + 1, name, 0, name.Length) == 0)
            {
                var start = at + 1 + name.Length;
                var end = start;
                while (end < version.Length && char.IsAsciiDigit(version[end]))
                {
                    end++;
                }

                return (weight, VersionNumbers.Parse(version.AsSpan(start, end - start)), end);
            }
        }

        return (-1, default, at);
    }

    private sealed record Parsed(List<string> Numbers, char? Letter, List<(int Weight, BigInteger Number)> Suffixes, BigInteger Revision, string Rest, bool Invalid);
}
