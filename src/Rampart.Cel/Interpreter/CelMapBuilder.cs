using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>
/// The accumulator of <c>transformMap</c>: entries are added in place while the loop runs (instead of copying
/// the map on every step, which made the macro quadratic), never changed once the loop has finished.
/// </summary>
internal sealed class CelMapBuilder : CelMap
{
    private readonly List<CelValue> keys = [];
    private readonly Dictionary<CelValue, CelValue> entries = new(CelValueComparer.Instance);

    public override int Count => keys.Count;

    public override IEnumerable<CelValue> Keys => keys;

    /// <summary>Adds the entry; false (and nothing added) when the key is already present.</summary>
    public bool TryAdd(CelValue key, CelValue value)
    {
        if (!entries.TryAdd(key, value))
        {
            return false;
        }

        keys.Add(key);
        return true;
    }

    public override bool TryGetValue(CelValue key, out CelValue value) => entries.TryGetValue(key, out value!);
}
