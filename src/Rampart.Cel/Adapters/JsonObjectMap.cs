using System.Text.Json;
using Rampart.Cel.Values;

namespace Rampart.Cel.Adapters;

/// <summary>A CEL map over a JSON object, read in place.</summary>
internal sealed class JsonObjectMap(JsonElement element) : CelMap
{
    private int count = -1;

    public override int Count
    {
        get
        {
            if (count < 0)
            {
                var n = 0;
                foreach (var unused in element.EnumerateObject())
                {
                    n++;
                }

                count = n;
            }

            return count;
        }
    }

    public override IEnumerable<CelValue> Keys
    {
        get
        {
            foreach (var property in element.EnumerateObject())
            {
                yield return CelString.Of(property.Name);
            }
        }
    }

    public override bool TryGetValue(CelValue key, out CelValue value)
    {
        if (key is CelString s && element.TryGetProperty(s.Value, out var found))
        {
            value = CelAdapter.FromJson(found);
            return true;
        }

        value = null!;
        return false;
    }
}
