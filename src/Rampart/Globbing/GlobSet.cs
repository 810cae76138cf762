using System.Numerics;

namespace Rampart.Globbing;

/// <summary>
/// The units a <c>[...]</c> bracket expression accepts: a bit per unit below 256 (every byte, and the Latin-1
/// characters), ranges for the characters above. Read by <see cref="ParseGit{T}"/> or <see cref="ParseFnmatch{T}"/>.
/// </summary>
internal sealed partial class GlobSet
{
    private readonly ulong[] low = new ulong[4];
    private readonly List<(int From, int To)> high = [];
    private bool highNegated;

    public bool Contains(int unit)
    {
        if (unit < 256)
        {
            return (low[unit >> 6] & (1UL << (unit & 63))) != 0;
        }

        foreach (var (from, to) in high)
        {
            if (unit >= from && unit <= to)
            {
                return !highNegated;
            }
        }

        return highNegated;
    }

    private void Add(int from, int to)
    {
        for (var u = from; u <= Math.Min(to, 255); u++)
        {
            low[u >> 6] |= 1UL << (u & 63);
        }

        if (to >= 256)
        {
            high.Add((Math.Max(from, 256), to));
        }
    }

    private void Add(int unit) => Add(unit, unit);

    private void Negate()
    {
        for (var w = 0; w < low.Length; w++)
        {
            low[w] = ~low[w];
        }

        highNegated = !highNegated;
    }

    private static int Unit<T>(T value)
        where T : unmanaged, IBinaryInteger<T> => int.CreateTruncating(value);
}
