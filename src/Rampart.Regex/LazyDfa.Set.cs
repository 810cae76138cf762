namespace Rampart.Regex;

internal sealed partial class LazyDfa
{
    private readonly List<int> _reportedIn = [];
    private int _search;

    /// <summary>
    /// For a set's program (built with manyMatch): marks in <paramref name="matched"/> every pattern that matches
    /// somewhere in the input, in one pass, and returns how many it marked. Each state reports its patterns once
    /// per search; the search ends early once every pattern has matched, or at the first match when
    /// <paramref name="first"/> is set.
    /// </summary>
    public int MatchingPatterns<TText>(TText input, Span<bool> matched, bool first, StepCounter? counter)
        where TText : IText, allows ref struct
    {
        _steps = 0;
        var found = Begin(input, 0, out var state) ? Scan(input, state, matched, first) : 0;
        if (counter is not null)
        {
            counter.Steps += _steps;
        }

        return found;
    }

    private int Scan<TText>(TText input, int state, Span<bool> matched, bool first)
        where TText : IText, allows ref struct
    {
        var search = ++_search;
        var found = 0;
        var pos = 0;
        while (true)
        {
            if (_skipping && _keys[state].Length == 1 && !SkipToCandidate(input, ref pos, ref state))
            {
                return found;
            }

            var target = Next(state, ClassAt(input, pos, out var width));

            if (target < 0)
            {
                return found;
            }

            var key = _keys[target];
            if (key[0] < 0 && _reportedIn[target] != search)
            {
                _reportedIn[target] = search;
                for (var i = 0; i < key.Length - 1 && key[i] < 0; i++)
                {
                    _steps++;
                    var pattern = -1 - key[i];
                    if (!matched[pattern])
                    {
                        matched[pattern] = true;
                        found++;
                    }
                }

                if ((first && found > 0) || found == matched.Length)
                {
                    return found;
                }
            }

            if (width == 0)
            {
                return found;
            }

            state = target;
            pos += width;
        }
    }
}
