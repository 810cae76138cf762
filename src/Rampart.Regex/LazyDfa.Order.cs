namespace Rampart.Regex;

internal sealed partial class LazyDfa
{
    private bool[]? _seen;

    /// <summary>
    /// For the reverse program (built with manyMatch): the longest match anchored at position 0, looking no further
    /// than <paramref name="limit"/> (the code point there still decides the assertions), as the position where it
    /// ends; -1 when none. Run over <see cref="ReversedText{TText}"/> from a match's end, it is where the match starts.
    /// </summary>
    public int LongestMatch<TText>(TText input, int limit, StepCounter? counter)
        where TText : IText, allows ref struct
    {
        _steps = 0;
        var state = Intern([_prog.Start], ContextOf(input.RuneBefore(0)));
        var last = -1;
        var pos = 0;
        while (true)
        {
            var target = Next(state, ClassAt(input, pos, out var width));

            if (target < 0)
            {
                break;
            }

            if (_keys[target][0] < 0)
            {
                last = pos;
            }

            if (width == 0 || pos >= limit)
            {
                break;
            }

            state = target;
            pos += width;
        }

        if (counter is not null)
        {
            counter.Steps += _steps;
        }

        return last;
    }

    /// <summary>The state after <paramref name="state"/> on the class, from the table or computed (one step).</summary>
    private int Next(int state, int cls)
    {
        _steps++;
        var target = _table[(state * _stride) + cls];
        return target == Unknown ? Transition(state, cls) : target;
    }

    /// <summary>The next state's instructions in priority order, each once (a leftmost-first state).</summary>
    private List<int> InPriorityOrder()
    {
        _seen ??= new bool[_prog.Length];
        var key = new List<int>(_next.Count + 1);
        foreach (var pc in _next)
        {
            if (!_seen[pc])
            {
                _seen[pc] = true;
                key.Add(pc);
            }
        }

        foreach (var pc in key)
        {
            _seen[pc] = false;
        }

        return key;
    }

    /// <summary>The next state's instructions sorted, each once (any order matches the same, so fewer states).</summary>
    private List<int> Sorted()
    {
        _next.Sort();
        var key = new List<int>(_next.Count + 1);
        foreach (var pc in _next)
        {
            if (key.Count == 0 || key[^1] != pc)
            {
                key.Add(pc);
            }
        }

        return key;
    }
}
