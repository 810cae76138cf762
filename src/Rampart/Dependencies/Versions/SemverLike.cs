namespace Rampart.Dependencies.Versions;

/// <summary>
/// A version read the lenient SemVer way: an optional leading <c>v</c>, numeric components separated by dots (kept
/// as their digits without leading zeros, see <see cref="VersionNumbers.Digits"/>),
/// and from the first other character on, the rest (<c>-beta.1+build</c>). Components past <c>max</c> move to
/// the front of the rest as <c>.N</c>, so <c>1.2.3.4</c> has the rest <c>.4</c> under SemVer.
/// </summary>
internal sealed record SemverLike(IReadOnlyList<string> Components, string Rest)
{
    public static SemverLike Parse(string text, int max)
    {
        var components = new List<string>();
        var span = text.AsSpan();
        if (span.StartsWith("v"))
        {
            span = span[1..];
        }

        var start = 0;
        var i = 0;
        for (; i < span.Length; i++)
        {
            if (char.IsAsciiDigit(span[i]))
            {
                continue;
            }

            if (i > start)
            {
                components.Add(VersionNumbers.Digits(span[start..i]));
            }

            if (span[i] != '.')
            {
                break;
            }

            start = i + 1;
        }

        var rest = i < span.Length ? span[i..].ToString() : "";
        if (i == span.Length && i > start)
        {
            components.Add(VersionNumbers.Digits(span[start..]));
        }

        if (components.Count > max)
        {
            rest = string.Concat(components.Skip(max).Select(c => "." + c)) + rest;
            components = components.Take(max).ToList();
        }

        return new SemverLike(components, rest);
    }

    /// <summary>
    /// Compares the rests as SemVer pre-releases: build metadata (from <c>+</c>) ignored, no pre-release above any,
    /// identifiers numeric below alphanumeric, numbers by value, the others by ordinal text, a longer list above its prefix.
    /// </summary>
    public static int ComparePrerelease(string a, string b)
    {
        a = Prerelease(a);
        b = Prerelease(b);
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 0 : a.Length == 0 ? 1 : -1;
        }

        var left = a.Split('.');
        var right = b.Split('.');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var (x, y) = (left[i], right[i]);
            var (xn, yn) = (VersionNumbers.IsNumber(x), VersionNumbers.IsNumber(y));
            var diff = xn && yn ? VersionNumbers.Compare(x, y) : xn ? -1 : yn ? 1 : Math.Sign(string.CompareOrdinal(x, y));
            if (diff != 0)
            {
                return diff;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    private static string Prerelease(string rest)
    {
        var plus = rest.IndexOf('+', StringComparison.Ordinal);
        rest = plus >= 0 ? rest[..plus] : rest;
        return rest.StartsWith('-') ? rest[1..] : rest;
    }
}
