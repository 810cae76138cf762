namespace Rampart.Regex;

/// <summary>Accumulates code point ranges, with case folding and negation, into a <see cref="CharClass"/>.</summary>
internal sealed class CharClassBuilder
{
    private List<int> _ranges = [];
    private bool _normalized = true;

    public void AddRange(int lo, int hi)
    {
        if (lo > hi)
        {
            return;
        }

        _ranges.Add(lo);
        _ranges.Add(hi);
        _normalized = false;
    }

    /// <summary>Adds lo..hi and every code point that is case-fold equivalent to one in it.</summary>
    public void AddFoldedRange(int lo, int hi)
    {
        AddRange(lo, hi);
        CaseFolding.AddOrbits(this, lo, hi);
    }

    /// <summary>Adds lo..hi, folded when <paramref name="fold"/> is set.</summary>
    public void AddRange(int lo, int hi, bool fold)
    {
        if (fold)
        {
            AddFoldedRange(lo, hi);
        }
        else
        {
            AddRange(lo, hi);
        }
    }

    /// <summary>Adds a table of lo, hi pairs, or its complement, as RE2 adds a named group.</summary>
    public void AddTable(ReadOnlySpan<int> table, bool negate, bool fold)
    {
        if (!negate)
        {
            for (var i = 0; i < table.Length; i += 2)
            {
                AddRange(table[i], table[i + 1], fold);
            }

            return;
        }

        if (fold)
        {
            // The complement of a folded set must also leave out what folds to it: build, then negate.
            var positive = new CharClassBuilder();
            positive.AddTable(table, negate: false, fold: true);
            positive.Negate();
            AddClass(positive);
            return;
        }

        var next = 0;
        for (var i = 0; i < table.Length; i += 2)
        {
            AddRange(next, table[i] - 1);
            next = table[i + 1] + 1;
        }

        AddRange(next, CharClass.MaxRune);
    }

    public void AddClass(CharClassBuilder other)
    {
        other.Normalize();
        _ranges.AddRange(other._ranges);
        _normalized = false;
    }

    public void Negate()
    {
        Normalize();
        var negated = new List<int>(_ranges.Count + 2);
        var next = 0;
        for (var i = 0; i < _ranges.Count; i += 2)
        {
            if (_ranges[i] > next)
            {
                negated.Add(next);
                negated.Add(_ranges[i] - 1);
            }

            next = _ranges[i + 1] + 1;
        }

        if (next <= CharClass.MaxRune)
        {
            negated.Add(next);
            negated.Add(CharClass.MaxRune);
        }

        _ranges = negated;
    }

    public CharClass ToClass()
    {
        Normalize();
        return new CharClass([.. _ranges]);
    }

    private void Normalize()
    {
        if (_normalized)
        {
            return;
        }

        var pairs = new (int Lo, int Hi)[_ranges.Count / 2];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = (_ranges[2 * i], _ranges[(2 * i) + 1]);
        }

        Array.Sort(pairs);
        var merged = new List<int>(_ranges.Count);
        foreach (var (lo, hi) in pairs)
        {
            if (merged.Count > 0 && lo <= merged[^1] + 1)
            {
                merged[^1] = Math.Max(merged[^1], hi);
            }
            else
            {
                merged.Add(lo);
                merged.Add(hi);
            }
        }

        _ranges = merged;
        _normalized = true;
    }
}
