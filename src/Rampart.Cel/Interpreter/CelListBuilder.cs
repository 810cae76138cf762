using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>
/// The accumulator of <c>map</c>, <c>filter</c> and <c>transformList</c>: appended to in place while the loop
/// runs (instead of copying the list on every step), never changed once the loop has finished.
/// </summary>
internal sealed class CelListBuilder : CelList
{
    private readonly List<CelValue> items = [];

    public override int Count => items.Count;

    public override CelValue this[int index] => items[index];

    public void Add(CelValue value) => items.Add(value);
}
