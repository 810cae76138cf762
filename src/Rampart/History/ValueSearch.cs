using System.Buffers;

namespace Rampart.History;

/// <summary>Finds which of a fixed set of strings occur in a text, with one multi-string search pass per text.</summary>
internal sealed class ValueSearch
{
    private readonly SearchValues<string> any;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int[] lengths;

    public ValueSearch(IReadOnlyCollection<string> values)
    {
        any = SearchValues.Create([.. values], StringComparison.Ordinal);
        lookup = new HashSet<string>(values, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        lengths = [.. values.Select(v => v.Length).Distinct().Order()];
    }

    /// <summary>The values that occur in <paramref name="text"/>, each once.</summary>
    public IReadOnlySet<string> In(ReadOnlySpan<char> text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var offset = 0;
        while (offset < text.Length)
        {
            var at = text[offset..].IndexOfAny(any);
            if (at < 0)
            {
                break;
            }

            var rest = text[(offset + at)..];
            foreach (var length in lengths)
            {
                if (length <= rest.Length && lookup.TryGetValue(rest[..length], out var value))
                {
                    found.Add(value);
                }
            }

            offset += at + 1;
        }

        return found;
    }
}
