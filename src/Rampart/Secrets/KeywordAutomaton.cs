using System.Runtime.CompilerServices;
namespace Rampart.Secrets;

/// <summary>
/// Aho-Corasick over bytes, case-insensitive for ASCII: one pass over a text tells which of many keywords occur in
/// it. The automaton is a dense table of states × byte classes (bytes no keyword tells apart share a class, upper-case
/// ASCII its lower case), so a step is two lookups whatever the number of keywords and the table stays small enough
/// for the processor's caches (a table of all 256 bytes per state was most of the keyword pass's time, waiting on
/// memory). Each state knows the set of keywords (as a bit set of groups, here the rules that own them) that end there,
/// failure links included. A table entry is the target's row offset, complemented when keywords end at the target, so
/// the loop over the text is a class lookup, a table load and a sign test per byte, and reads the sets only where a
/// keyword ends. Immutable once built.
/// </summary>
public sealed class KeywordAutomaton
{
    /// <summary>Texts this long or longer are read as two interleaved lanes (<see cref="FindAll(ReadOnlySpan{byte}, List{KeywordHit}, ref long)"/>).</summary>
    public const int TwoLaneBytes = 1024;

    // Each thread's hits of the second lane, reused from one text to the next.
    [ThreadStatic]
    private static List<KeywordHit>? keptSecondLane;

    private readonly int[] next;
    private readonly byte[] classes = new byte[256];
    private readonly UInt128[] outputs;

    /// <param name="keywords">Each keyword with the group (0 to 127) it selects; keywords are matched case-insensitively.</param>
    public KeywordAutomaton(IEnumerable<(string Keyword, int Group)> keywords)
    {
        var gotos = new List<int[]> { NewRow() };
        var masks = new List<UInt128> { UInt128.Zero };
        foreach (var (keyword, group) in keywords)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(group, 127);
            ArgumentException.ThrowIfNullOrEmpty(keyword);
            if (keyword.Contains('\n', StringComparison.Ordinal))
            {
                throw new ArgumentException($"a keyword is found within one line: '{keyword}' holds a line break", nameof(keywords));
            }

            var state = 0;
            foreach (var b in System.Text.Encoding.UTF8.GetBytes(keyword.ToLowerInvariant()))
            {
                if (gotos[state][b] < 0)
                {
                    gotos[state][b] = gotos.Count;
                    gotos.Add(NewRow());
                    masks.Add(UInt128.Zero);
                }

                state = gotos[state][b];
            }

            masks[state] |= UInt128.One << group;
        }

        StateCount = gotos.Count;
        var full = new int[StateCount * 256];
        outputs = [.. masks];
        var fail = new int[StateCount];
        var queue = new Queue<int>();
        for (var b = 0; b < 256; b++)
        {
            var target = gotos[0][b];
            full[b] = target < 0 ? 0 : target;
            if (target > 0)
            {
                queue.Enqueue(target);
            }
        }

        while (queue.TryDequeue(out var state))
        {
            outputs[state] |= outputs[fail[state]];
            for (var b = 0; b < 256; b++)
            {
                var target = gotos[state][b];
                if (target < 0)
                {
                    full[(state * 256) + b] = full[(fail[state] * 256) + b];
                }
                else
                {
                    fail[target] = full[(fail[state] * 256) + b];
                    full[(state * 256) + b] = target;
                    queue.Enqueue(target);
                }
            }
        }

        // Fold upper-case ASCII onto lower case in the table, so the scan needs no per-byte conversion; then turn each
        // target into its row offset, complemented when keywords end there.
        for (var s = 0; s < StateCount; s++)
        {
            for (var b = 'A'; b <= 'Z'; b++)
            {
                full[(s * 256) + b] = full[(s * 256) + b + 32];
            }
        }

        ClassCount = Classify(full, StateCount, classes);
        next = new int[StateCount * ClassCount];
        for (var b = 0; b < 256; b++)
        {
            for (var state = 0; state < StateCount; state++)
            {
                var target = full[(state * 256) + b];
                next[(state * ClassCount) + classes[b]] = outputs[target] == UInt128.Zero ? target * ClassCount : ~(target * ClassCount);
            }
        }
    }

    /// <summary>How many classes of bytes the keywords tell apart (one more than the distinct folded keyword bytes at most).</summary>
    public int ClassCount { get; }

    public int StateCount { get; }

    /// <summary>The groups of every keyword that occurs in <paramref name="text"/>, as a bit set; counts the bytes read in <paramref name="steps"/>.</summary>
    public UInt128 Find(ReadOnlySpan<byte> text, ref long steps)
    {
        var found = UInt128.Zero;
        var row = 0;
        var table = next;
        var map = classes;
        foreach (var b in text)
        {
            row = table[row + map[b]];
            if (row < 0)
            {
                row = ~row;
                found |= outputs[row / ClassCount];
            }
        }

        steps += text.Length;
        return found;
    }

    /// <summary>
    /// Every place in <paramref name="text"/> where one or more keywords end, in order, added to <paramref name="hits"/>;
    /// one pass like <see cref="Find"/>, counted in <paramref name="steps"/> the same way. A text of
    /// <see cref="TwoLaneBytes"/> or more is read as two lanes, its halves cut after a line break (no keyword holds one,
    /// so the second half starts from the first state) and stepped in the same loop: each step waits on the table load
    /// of the one before it in its lane, and two independent lanes overlap those waits.
    /// </summary>
    // ReadyToRun does not precompile code over UInt128: this method, run for every file or keyword hit, would start
    // unoptimised and be compiled again when hot (its loops replaced on the stack); it is compiled optimised once instead.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void FindAll(ReadOnlySpan<byte> text, List<KeywordHit> hits, ref long steps)
    {
        steps += text.Length;
        var cut = text.Length < TwoLaneBytes ? -1 : text[..(text.Length / 2)].LastIndexOf((byte)'\n') + 1;
        if (cut <= 0)
        {
            FindAll(text, 0, 0, hits);
            return;
        }

        var second = keptSecondLane ?? [];
        keptSecondLane = null;
        second.Clear();
        var a = text[..cut];
        var b = text[cut..];
        var length = Math.Min(a.Length, b.Length);
        var (rowA, rowB) = (0, 0);
        var table = next;
        var map = classes;
        for (var i = 0; i < length; i++)
        {
            rowA = table[rowA + map[a[i]]];
            rowB = table[rowB + map[b[i]]];
            if ((rowA | rowB) < 0)
            {
                if (rowA < 0)
                {
                    rowA = ~rowA;
                    hits.Add(new KeywordHit(i + 1, outputs[rowA / ClassCount]));
                }

                if (rowB < 0)
                {
                    rowB = ~rowB;
                    second.Add(new KeywordHit(cut + i + 1, outputs[rowB / ClassCount]));
                }
            }
        }

        // The longer lane's rest, then the second lane's hits after the first's.
        if (a.Length > length)
        {
            FindAll(a, length, rowA, hits);
        }

        hits.AddRange(second);
        if (b.Length > length)
        {
            FindAll(text, cut + length, rowB, hits);
        }

        keptSecondLane = second.Capacity <= 1 << 16 ? second : null;
    }

    /// <summary>The hits of <paramref name="text"/> from <paramref name="from"/> on, starting at row offset <paramref name="row"/>.</summary>
    // ReadyToRun does not precompile code over UInt128: this method, run for every file or keyword hit, would start
    // unoptimised and be compiled again when hot (its loops replaced on the stack); it is compiled optimised once instead.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindAll(ReadOnlySpan<byte> text, int from, int row, List<KeywordHit> hits)
    {
        var table = next;
        var map = classes;
        for (var i = from; i < text.Length; i++)
        {
            row = table[row + map[text[i]]];
            if (row < 0)
            {
                row = ~row;
                hits.Add(new KeywordHit(i + 1, outputs[row / ClassCount]));
            }
        }
    }

    /// <summary>Gives each byte the class of the first byte whose column (targets over all states) is the same; returns the number of classes.</summary>
    private static int Classify(int[] full, int states, byte[] classes)
    {
        var columns = new Dictionary<string, byte>(StringComparer.Ordinal);
        var column = new int[states];
        for (var b = 0; b < 256; b++)
        {
            for (var state = 0; state < states; state++)
            {
                column[state] = full[(state * 256) + b];
            }

            var key = string.Join(',', column);
            if (!columns.TryGetValue(key, out var known))
            {
                known = (byte)columns.Count;
                columns.Add(key, known);
            }

            classes[b] = known;
        }

        return columns.Count;
    }

    private static int[] NewRow()
    {
        var row = new int[256];
        Array.Fill(row, -1);
        return row;
    }
}
