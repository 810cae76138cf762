namespace Rampart.Regex;

/// <summary>
/// Unicode simple case folding as orbits: the sets of code points that fold to the same code point
/// (for example k, K and the Kelvin sign U+212A). Built once from <see cref="UnicodeData.SimpleFolds"/>.
/// </summary>
internal static class CaseFolding
{
    private static readonly Lazy<(int[] Runes, int[][] Orbits)> Table = new(Build);

    /// <summary>The orbit of a code point (itself included), or an empty span when it has no other case.</summary>
    public static ReadOnlySpan<int> OrbitOf(int rune)
    {
        var (runes, orbits) = Table.Value;
        var index = Array.BinarySearch(runes, rune);
        return index >= 0 ? orbits[index] : [];
    }

    /// <summary>Adds to the builder the orbit members of every code point in lo..hi that has one.</summary>
    public static void AddOrbits(CharClassBuilder builder, int lo, int hi)
    {
        var (runes, orbits) = Table.Value;
        var index = Array.BinarySearch(runes, lo);
        if (index < 0)
        {
            index = ~index;
        }

        for (; index < runes.Length && runes[index] <= hi; index++)
        {
            foreach (var member in orbits[index])
            {
                builder.AddRange(member, member);
            }
        }
    }

    private static (int[] Runes, int[][] Orbits) Build()
    {
        var folds = UnicodeData.SimpleFolds;
        var byTarget = new Dictionary<int, List<int>>();
        for (var i = 0; i < folds.Length; i += 2)
        {
            var target = folds[i + 1];
            if (!byTarget.TryGetValue(target, out var members))
            {
                members = [target];
                byTarget[target] = members;
            }

            members.Add(folds[i]);
        }

        var entries = new List<(int Rune, int[] Orbit)>();
        foreach (var members in byTarget.Values)
        {
            var orbit = members.Distinct().Order().ToArray();
            foreach (var rune in orbit)
            {
                entries.Add((rune, orbit));
            }
        }

        entries.Sort((a, b) => a.Rune.CompareTo(b.Rune));
        return ([.. entries.Select(e => e.Rune)], [.. entries.Select(e => e.Orbit)]);
    }
}
