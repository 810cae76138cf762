namespace Rampart.Rendering.Helm;

/// <summary>go-yaml v2's order of mapping keys: letters before digits where they differ, numbers by value.</summary>
internal sealed class NaturalOrder : IComparer<string>
{
    public static readonly NaturalOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x == y)
        {
            return 0;
        }

        return Less(x!, y!) ? -1 : Less(y!, x!) ? 1 : 0;
    }

    private static bool Less(string a, string b)
    {
        var digits = false;
        for (var i = 0; i < a.Length && i < b.Length; i++)
        {
            if (a[i] == b[i])
            {
                digits = char.IsDigit(a[i]);
                continue;
            }

            var al = char.IsLetter(a[i]);
            var bl = char.IsLetter(b[i]);
            if (al && bl)
            {
                return a[i] < b[i];
            }

            if (al || bl)
            {
                return digits ? al : bl;
            }

            long an = 0, bn = 0;
            if (a[i] == '0' || b[i] == '0')
            {
                for (var j = i - 1; j >= 0 && char.IsDigit(a[j]); j--)
                {
                    if (a[j] != '0')
                    {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }

            int ai, bi;
            for (ai = i; ai < a.Length && char.IsAsciiDigit(a[ai]); ai++)
            {
                an = unchecked((an * 10) + (a[ai] - '0'));
            }

            for (bi = i; bi < b.Length && char.IsAsciiDigit(b[bi]); bi++)
            {
                bn = unchecked((bn * 10) + (b[bi] - '0'));
            }

            if (an != bn)
            {
                return an < bn;
            }

            if (ai != bi)
            {
                return ai < bi;
            }

            return a[i] < b[i];
        }

        return a.Length < b.Length;
    }
}
