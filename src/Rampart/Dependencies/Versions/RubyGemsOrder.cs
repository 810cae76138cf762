namespace Rampart.Dependencies.Versions;

/// <summary>
/// RubyGems (<c>Gem::Version</c>): segments split at dots and at every change between digits and letters
/// (<c>1.0.a10</c> = <c>1.0.a.10</c>); trailing zeros of the numeric part and of the rest are dropped; then segment
/// by segment, a missing one is <c>0</c>, numbers by value, letters by ordinal text, and a letter segment (a
/// pre-release) below a number.
/// </summary>
public sealed class RubyGemsOrder : IVersionOrder
{
    public IReadOnlyList<string> Ecosystems { get; } = ["RubyGems"];

    public int Compare(string? x, string? y)
    {
        var a = Segments(x ?? "");
        var b = Segments(y ?? "");
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            var (l, r) = (i < a.Count ? a[i] : "0", i < b.Count ? b[i] : "0");
            var (ln, rn) = (VersionNumbers.IsNumber(l), VersionNumbers.IsNumber(r));
            var diff = ln && rn ? VersionNumbers.Compare(l, r) : !ln && !rn ? Math.Sign(string.CompareOrdinal(l, r)) : ln ? 1 : -1;
            if (diff != 0)
            {
                return diff;
            }
        }

        return 0;
    }

    private static List<string> Segments(string version)
    {
        var parts = new List<string>();
        var current = new System.Text.StringBuilder();
        bool? digits = null;
        foreach (var c in version)
        {
            if (c == '.')
            {
                parts.Add(current.ToString());
                current.Clear();
                digits = null;
                continue;
            }

            var isDigit = char.IsAsciiDigit(c);
            if (digits is { } previous && previous != isDigit)
            {
                parts.Add(current.ToString());
                current.Clear();
            }

            current.Append(c);
            digits = isDigit;
        }

        parts.Add(current.ToString());
        var firstText = parts.FindIndex(p => !VersionNumbers.IsNumber(p));
        var numbers = firstText < 0 ? parts : parts[..firstText];
        var rest = firstText < 0 ? [] : parts[firstText..];
        return [.. TrimZeros(numbers), .. TrimZeros(rest)];
    }

    private static List<string> TrimZeros(List<string> parts)
    {
        var end = parts.Count;
        while (end > 0 && parts[end - 1] == "0")
        {
            end--;
        }

        return parts[..end];
    }
}
