namespace Rampart.Regex;

/// <summary>
/// A small lock-free pool of matchers (a DFA with its warm state cache, or a Pike VM with its buffers),
/// so concurrent searches with one regex each get their own and sequential ones reuse a warm one.
/// </summary>
internal sealed class MatcherPool<T>(Func<T> create)
    where T : class
{
    private readonly T?[] _slots = new T?[Math.Clamp(Environment.ProcessorCount, 2, 8)];

    public T Rent()
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            if (Volatile.Read(ref _slots[i]) is not null && Interlocked.Exchange(ref _slots[i], null) is { } item)
            {
                return item;
            }
        }

        return create();
    }

    public void Return(T item)
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _slots[i], item, null) is null)
            {
                return;
            }
        }
    }

    /// <summary>Any pooled item, for inspection in tests.</summary>
    public T? Peek() => Array.Find(_slots, slot => slot is not null);
}
