namespace Rampart.Dependencies.Versions;

/// <summary>
/// Debian package versions (dpkg): <c>[epoch:]upstream[-revision]</c>; the epoch by value, then upstream and
/// revision (absent: <c>0</c>) each by alternating runs: non-digits character by character (<c>~</c> before the
/// end, the end before letters, letters before other characters), digits by value.
/// </summary>
public sealed class DebianOrder : IVersionOrder
{
    public IReadOnlyList<string> Ecosystems { get; } = ["Debian", "Ubuntu"];

    public int Compare(string? x, string? y)
    {
        var (ae, au, ar) = Split(x ?? "");
        var (be, bu, br) = Split(y ?? "");
        var diff = VersionNumbers.Compare(ae, be);
        if (diff == 0)
        {
            diff = Runs(au, bu);
        }

        return diff != 0 ? diff : Runs(ar, br);
    }

    private static (string Epoch, string Upstream, string Revision) Split(string version)
    {
        version = version.Trim();
        var epoch = "0";
        var colon = version.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            // An epoch that is not a number is not a Debian version; it counts as 0 so the order stays total.
            epoch = VersionNumbers.IsNumber(version.AsSpan(0, colon)) ? version[..colon] : "0";
            version = version[(colon + 1)..];
        }

        var dash = version.LastIndexOf('-');
        return dash < 0 ? (epoch, version, "0") : (epoch, version[..dash], version[(dash + 1)..]);
    }

    private static int Runs(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            var (ai, bj) = (i, j);
            while (i < a.Length && !char.IsAsciiDigit(a[i]))
            {
                i++;
            }

            while (j < b.Length && !char.IsAsciiDigit(b[j]))
            {
                j++;
            }

            for (var k = 0; k < Math.Max(i - ai, j - bj); k++)
            {
                var diff = Weight(ai + k < i ? a[ai + k] : null).CompareTo(Weight(bj + k < j ? b[bj + k] : null));
                if (diff != 0)
                {
                    return Math.Sign(diff);
                }
            }

            (ai, bj) = (i, j);
            while (i < a.Length && char.IsAsciiDigit(a[i]))
            {
                i++;
            }

            while (j < b.Length && char.IsAsciiDigit(b[j]))
            {
                j++;
            }

            var numbers = VersionNumbers.Compare(a.AsSpan(ai, i - ai), b.AsSpan(bj, j - bj));
            if (numbers != 0)
            {
                return numbers;
            }
        }

        return 0;
    }

    private static int Weight(char? c) => c switch
    {
        '~' => 1,
        null => 2,
        { } letter when char.IsAsciiLetter(letter) => letter,
        { } other => other + 122,
    };
}
