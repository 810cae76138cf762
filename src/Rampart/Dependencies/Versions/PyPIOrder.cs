using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;

namespace Rampart.Dependencies.Versions;

/// <summary>
/// PyPI versions by PEP 440: epoch, release (padded with zeros), pre-release (a &lt; b &lt; rc, spellings
/// normalized), post-release, development release (<c>1.0.dev0</c> before <c>1.0a0</c>), local version (numbers
/// above words, more parts above fewer). Strings that are not PEP 440 are legacy versions, ordered among
/// themselves as setuptools did and below every PEP 440 version.
/// </summary>
public sealed partial class PyPIOrder : IVersionOrder
{
    /// <summary>Longer strings are not read as PEP 440 (no real version comes near): they stay legacy versions.</summary>
    private const int MaxLength = 256;

    /// <summary>Versions kept parsed at most (about 200 bytes each); the table starts afresh when it is full.</summary>
    private const int MaxParsed = 16_384;

    /// <summary>
    /// Versions parsed so far: matching compares one package version with every event of every range of its advisories,
    /// and the same event versions recur, so each distinct string is parsed once, not once per comparison.
    /// </summary>
    private readonly ParseMemo<Parsed> parsed = new(MaxParsed, Parse);

    /// <summary>Strings parsed by this instance (a comparison of strings seen before parses none).</summary>
    public long Parses => parsed.Makes;

    public IReadOnlyList<string> Ecosystems { get; } = ["PyPI"];

    public int Compare(string? x, string? y)
    {
        var a = ParsedOf(x ?? "");
        var b = ParsedOf(y ?? "");
        if (a.Legacy is not null || b.Legacy is not null)
        {
            return a.Legacy is null ? 1 : b.Legacy is null ? -1 : Math.Sign(string.CompareOrdinal(a.Legacy, b.Legacy));
        }

        var diff = a.Epoch.CompareTo(b.Epoch);
        if (diff == 0)
        {
            diff = VersionNumbers.CompareAll(a.Release, b.Release);
        }

        if (diff == 0)
        {
            diff = ComparePre(a, b);
        }

        if (diff == 0)
        {
            diff = a.Post is null || b.Post is null ? (a.Post is null ? 0 : 1) - (b.Post is null ? 0 : 1) : a.Post.Value.CompareTo(b.Post.Value);
        }

        if (diff == 0)
        {
            diff = a.Dev is null || b.Dev is null ? (a.Dev is null ? 1 : 0) - (b.Dev is null ? 1 : 0) : a.Dev.Value.CompareTo(b.Dev.Value);
        }

        return Math.Sign(diff == 0 ? CompareLocal(a.Local, b.Local) : diff);
    }

    private static int ComparePre(Parsed a, Parsed b)
    {
        var (at, bt) = (a.Pre is null && a.Post is null && a.Dev is not null, b.Pre is null && b.Post is null && b.Dev is not null);
        if (at || bt)
        {
            return (at ? 0 : 1) - (bt ? 0 : 1);
        }

        if (a.Pre is null || b.Pre is null)
        {
            return (a.Pre is null ? 1 : 0) - (b.Pre is null ? 1 : 0);
        }

        var letters = a.Pre.Value.Letter.CompareTo(b.Pre.Value.Letter);
        return letters != 0 ? letters : a.Pre.Value.Number.CompareTo(b.Pre.Value.Number);
    }

    private static int CompareLocal(string[] a, string[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var (an, bn) = (VersionNumbers.IsNumber(a[i]), VersionNumbers.IsNumber(b[i]));
            var diff = an && bn ? VersionNumbers.Compare(a[i], b[i]) : !an && !bn ? Math.Sign(string.CompareOrdinal(a[i], b[i])) : an ? 1 : -1;
            if (diff != 0)
            {
                return diff;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private Parsed ParsedOf(string text) => parsed.Of(text);

    private static Parsed Parse(string text)
    {
        text = text.ToLowerInvariant();
        var match = text.Length > MaxLength ? System.Text.RegularExpressions.Match.Empty : Pep440().Match(text);
        if (!match.Success)
        {
            return new Parsed(BigInteger.MinusOne, [], null, null, null, [], Legacy(text));
        }

        var g = match.Groups;
        var epoch = g["epoch"].Success ? VersionNumbers.Parse(g["epoch"].Value) : BigInteger.Zero;
        var release = g["release"].Value.Split('.').Select(r => VersionNumbers.Parse(r)).ToList();
        (char Letter, BigInteger Number)? pre = g["pre_l"].Success
            ? (PreLetter(g["pre_l"].Value), Number(g["pre_n"]))
            : null;
        BigInteger? post = g["post_n1"].Success ? VersionNumbers.Parse(g["post_n1"].Value)
            : g["post_l"].Success ? Number(g["post_n2"]) : null;
        BigInteger? dev = g["dev_l"].Success ? Number(g["dev_n"]) : null;
        var local = g["local"].Success ? g["local"].Value.Split('.', '_', '-') : [];
        return new Parsed(epoch, release, pre, post, dev, local, null);
    }

    private static BigInteger Number(Group group) => group.Success ? VersionNumbers.Parse(group.Value) : BigInteger.Zero;

    /// <summary>a, b and rc (c, pre, preview) as letters that sort in that order: 'a' &lt; 'b' &lt; 'r'.</summary>
    private static char PreLetter(string letter) => letter switch
    {
        "alpha" or "a" => 'a',
        "beta" or "b" => 'b',
        _ => 'r',
    };

    /// <summary>The setuptools key of a legacy version, as one string (its parts compare as the joined text).</summary>
    private static string Legacy(string text)
    {
        var parts = new List<string>();
        foreach (var raw in LegacyParts().Matches(text).Select(m => m.Value).Append("final"))
        {
            if (raw == ".")
            {
                continue;
            }

            var part = raw switch
            {
                "pre" or "preview" or "rc" => "c",
                "-" => "final-",
                "dev" => "@",
                _ => raw,
            };
            part = char.IsAsciiDigit(part[0]) ? part.PadLeft(8, '0') : "*" + part;
            if (part.StartsWith('*'))
            {
                if (string.CompareOrdinal(part, "*final") < 0)
                {
                    while (parts.Count > 0 && parts[^1] == "*final-")
                    {
                        parts.RemoveAt(parts.Count - 1);
                    }
                }

                while (parts.Count > 0 && parts[^1] == "00000000")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }

            parts.Add(part);
        }

        return new StringBuilder().AppendJoin("", parts).ToString();
    }

    [GeneratedRegex(@"^\s*v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\.[0-9]+)*)(?<pre>[-_\.]?(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))[-_\.]?(?<pre_n>[0-9]+)?)?(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_\.]?(?<post_l>post|rev|r)[-_\.]?(?<post_n2>[0-9]+)?))?(?<dev>[-_\.]?(?<dev_l>dev)[-_\.]?(?<dev_n>[0-9]+)?)?)(?:\+(?<local>[a-z0-9]+(?:[-_\.][a-z0-9]+)*))?\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex Pep440();

    [GeneratedRegex(@"\d+|[a-z]+|\.|-", RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LegacyParts();

    private sealed record Parsed(BigInteger Epoch, List<BigInteger> Release, (char Letter, BigInteger Number)? Pre, BigInteger? Post, BigInteger? Dev, string[] Local, string? Legacy);
}
