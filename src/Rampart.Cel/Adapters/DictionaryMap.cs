using System.Collections;
using Rampart.Cel.Values;

namespace Rampart.Cel.Adapters;

/// <summary>A CEL map over any non-generic dictionary (keys: strings, integers or booleans).</summary>
internal sealed class DictionaryMap(IDictionary map) : CelMap
{
    public override int Count => map.Count;

    public override IEnumerable<CelValue> Keys
    {
        get
        {
            foreach (var key in map.Keys)
            {
                yield return CelAdapter.From(key);
            }
        }
    }

    public override bool TryGetValue(CelValue key, out CelValue value)
    {
        object? native = key switch
        {
            CelString s => s.Value,
            CelInt i => i.Value,
            CelUInt u => u.Value,
            CelBool b => b.Value,
            _ => null,
        };
        if (native is not null)
        {
            try
            {
                if (map.Contains(native))
                {
                    value = CelAdapter.From(map[native]);
                    return true;
                }
            }
            catch (ArgumentException)
            {
                // The dictionary's key type differs from the key's: no such key.
            }
        }

        value = null!;
        return false;
    }
}
