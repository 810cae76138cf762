using System.Text;

namespace Rampart.Loading;

/// <summary>
/// One copy of each text spelled in a buffer: a text met before is looked up by its characters and not made a string
/// again. A scan of many similar objects spells the same field paths and messages tens of thousands of times. Not
/// safe for use by several threads; each thread keeps its own pool.
/// </summary>
/// <param name="mostKept">Texts kept before the pool starts over, so that texts that all differ do not grow it without end.</param>
internal sealed class TextPool(int mostKept)
{
    private readonly Dictionary<string, string> known = new(StringComparer.Ordinal);

    public string Of(ReadOnlySpan<char> text)
    {
        if (known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var existing))
        {
            return existing;
        }

        if (known.Count >= mostKept)
        {
            known.Clear();
        }

        var added = text.ToString();
        known.Add(added, added);
        return added;
    }

    /// <summary>The text of <paramref name="text"/> made a string by <paramref name="make"/>, read in place when it is in one chunk.</summary>
    public static string Of(StringBuilder text, Func<ReadOnlySpan<char>, string> make)
    {
        var chunks = text.GetChunks();
        return chunks.MoveNext() && chunks.Current.Length == text.Length ? make(chunks.Current.Span) : make(text.ToString());
    }
}
