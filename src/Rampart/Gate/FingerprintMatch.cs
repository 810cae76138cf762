namespace Rampart.Gate;

/// <summary>
/// Pairs findings with known ones (a baseline's entries, a base revision's findings) one to one by
/// fingerprint. A fingerprint leaves the file out, so the same resource in two folders (one manifest per
/// environment, say) gives two findings with one fingerprint; matching them as a set would let a known
/// finding in one folder cover a new copy in another. So each known finding covers one finding: first one
/// in the same file, then, for files that moved, any other.
/// </summary>
internal static class FingerprintMatch
{
    /// <summary>Which of <paramref name="current"/> and which of <paramref name="known"/> found a partner.</summary>
    public static (bool[] Current, bool[] Known) Pair(IReadOnlyList<(string Fingerprint, string Path)> current, IReadOnlyList<(string Fingerprint, string Path)> known)
    {
        var groups = new Dictionary<string, Group>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < known.Count; k++)
        {
            if (!groups.TryGetValue(known[k].Fingerprint, out var group))
            {
                groups[known[k].Fingerprint] = group = new Group();
            }

            group.Add(k, known[k].Path);
        }

        var currentMatched = new bool[current.Count];
        var knownMatched = new bool[known.Count];
        for (var pass = 0; pass < 2; pass++)
        {
            for (var c = 0; c < current.Count; c++)
            {
                if (currentMatched[c] || !groups.TryGetValue(current[c].Fingerprint, out var group))
                {
                    continue;
                }

                var k = pass == 0 ? group.TakeSamePath(current[c].Path, knownMatched) : group.TakeAny(knownMatched);
                if (k >= 0)
                {
                    currentMatched[c] = true;
                    knownMatched[k] = true;
                }
            }
        }

        return (currentMatched, knownMatched);
    }

    /// <summary>The known findings of one fingerprint, by path; taking one marks it matched.</summary>
    private sealed class Group
    {
        private readonly Dictionary<string, Queue<int>> byPath = new(StringComparer.Ordinal);
        private readonly List<int> all = [];
        private int next;

        public void Add(int index, string path)
        {
            if (!byPath.TryGetValue(path, out var queue))
            {
                byPath[path] = queue = new Queue<int>();
            }

            queue.Enqueue(index);
            all.Add(index);
        }

        public int TakeSamePath(string path, bool[] matched)
        {
            if (byPath.TryGetValue(path, out var queue) && queue.Count > 0)
            {
                var k = queue.Dequeue();
                matched[k] = true;
                return k;
            }

            return -1;
        }

        public int TakeAny(bool[] matched)
        {
            while (next < all.Count && matched[all[next]])
            {
                next++;
            }

            return next < all.Count ? all[next++] : -1;
        }
    }
}
