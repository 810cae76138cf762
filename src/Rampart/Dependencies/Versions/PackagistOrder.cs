using System.Text;

namespace Rampart.Dependencies.Versions;

/// <summary>
/// Packagist (Composer, PHP's <c>version_compare</c>): a leading <c>v</c> dropped, <c>-_+</c> read as dots, a dot
/// put between digits and other characters, then part by part: numbers by value, words by their special form
/// (<c>dev</c> &lt; <c>alpha</c>/<c>a</c> &lt; <c>beta</c>/<c>b</c> &lt; <c>RC</c>/<c>rc</c> &lt; <c>#</c> (a number) &lt;
/// <c>pl</c>/<c>p</c>; anything else as <c>dev</c>). Extra parts: a number makes the version greater, a word is
/// weighed against <c>#</c> (<c>1.0-dev</c> &lt; <c>1.0</c> &lt; <c>1.0pl1</c>).
/// </summary>
public sealed class PackagistOrder : IVersionOrder
{
    private static readonly string[] Specials = ["dev", "a", "b", "rc", "#", "p"];

    public IReadOnlyList<string> Ecosystems { get; } = ["Packagist"];

    public int Compare(string? x, string? y) => Compare(Parts(x ?? ""), Parts(y ?? ""));

    private static int Compare(ReadOnlySpan<string> a, ReadOnlySpan<string> b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var (an, bn) = (VersionNumbers.IsNumber(a[i]), VersionNumbers.IsNumber(b[i]));
            var diff = an && bn ? VersionNumbers.Compare(a[i], b[i])
                : Weight(an ? "#" : a[i]).CompareTo(Weight(bn ? "#" : b[i]));
            if (diff != 0)
            {
                return Math.Sign(diff);
            }
        }

        if (a.Length != b.Length)
        {
            var longer = a.Length > b.Length;
            var next = longer ? a[b.Length] : b[a.Length];

            // Only a number that fits a machine integer counts as a number here (as the reference implementation does).
            if (long.TryParse(next, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                return longer ? 1 : -1;
            }

            return longer ? Compare(a[b.Length..], ["#"]) : Compare(["#"], b[a.Length..]);
        }

        return 0;
    }

    private static int Weight(string part)
    {
        if (part.StartsWith("RC", StringComparison.Ordinal))
        {
            return 3;
        }

        for (var i = 0; i < Specials.Length; i++)
        {
            if (part.StartsWith(Specials[i], StringComparison.Ordinal))
            {
                return i;
            }
        }

        return 0;
    }

    private static string[] Parts(string version)
    {
        if (version.StartsWith('v'))
        {
            version = version[1..];
        }

        if (version.StartsWith('V'))
        {
            version = version[1..];
        }

        var builder = new StringBuilder(version.Length * 2);
        for (var i = 0; i < version.Length; i++)
        {
            var c = version[i] is '-' or '_' or '+' ? '.' : version[i];
            if (i > 0 && builder[^1] != '.' && c != '.' && char.IsAsciiDigit(builder[^1]) != char.IsAsciiDigit(c))
            {
                builder.Append('.');
            }

            builder.Append(c);
        }

        return builder.ToString().Split('.');
    }
}
