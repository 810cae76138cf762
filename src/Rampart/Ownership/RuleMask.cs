using System.Numerics;

namespace Rampart.Ownership;

/// <summary>A set of routing rules as bits (bit i: rule i), with the few operations the routing index needs.</summary>
internal static class RuleMask
{
    public static int Words(int rules) => (rules + 63) / 64;

    public static void Set(ulong[] mask, int rule) => mask[rule >> 6] |= 1UL << (rule & 63);

    /// <summary>The rules in <paramref name="mask"/>, in rule order.</summary>
    public static IEnumerable<int> Members(ulong[] mask)
    {
        for (var w = 0; w < mask.Length; w++)
        {
            for (var bits = mask[w]; bits != 0; bits &= bits - 1)
            {
                yield return (w << 6) + BitOperations.TrailingZeroCount(bits);
            }
        }
    }
}
