using System.Collections.Concurrent;

namespace Rampart.Dependencies;

/// <summary>
/// What was made from each distinct string, kept so that a string seen before costs a look-up: matching and scoring
/// meet the same version strings and vectors again and again. Holds at most <paramref name="capacity"/> entries and
/// starts afresh when full, so hostile data cannot grow it. Thread-safe; two threads may make the same entry once each.
/// </summary>
internal sealed class ParseMemo<T>(int capacity, Func<string, T> make)
{
    private readonly ConcurrentDictionary<string, T> made = new(StringComparer.Ordinal);
    private long makes;

    /// <summary>Strings made so far (one seen before makes none).</summary>
    public long Makes => Interlocked.Read(ref makes);

    public T Of(string text)
    {
        if (made.TryGetValue(text, out var known))
        {
            return known;
        }

        Interlocked.Increment(ref makes);
        var value = make(text);
        if (made.Count >= capacity)
        {
            made.Clear();
        }

        made.TryAdd(text, value);
        return value;
    }
}
