using System.Collections;
using Rampart.Cel.Values;

namespace Rampart.Cel.Adapters;

internal sealed class ListAdapter(IList list) : CelList
{
    public override int Count => list.Count;

    public override CelValue this[int index] => CelAdapter.From(list[index]);
}
