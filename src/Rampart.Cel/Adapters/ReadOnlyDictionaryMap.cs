using Rampart.Cel.Values;

namespace Rampart.Cel.Adapters;

/// <summary>A CEL map over a string-keyed dictionary, converting values as they are read.</summary>
internal sealed class ReadOnlyDictionaryMap(IReadOnlyDictionary<string, object?> map) : CelMap
{
    public override int Count => map.Count;

    public override IEnumerable<CelValue> Keys
    {
        get
        {
            foreach (var key in map.Keys)
            {
                yield return CelString.Of(key);
            }
        }
    }

    public override bool TryGetValue(CelValue key, out CelValue value)
    {
        if (key is CelString s && map.TryGetValue(s.Value, out var found))
        {
            value = CelAdapter.From(found);
            return true;
        }

        value = null!;
        return false;
    }
}
