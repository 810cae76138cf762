using System.Text.Json;
using Rampart.Cel.Values;

namespace Rampart.Cel.Adapters;

/// <summary>A CEL list over a JSON array, read in place.</summary>
internal sealed class JsonArrayList(JsonElement element) : CelList
{
    public override int Count => element.GetArrayLength();

    public override CelValue this[int index] => CelAdapter.FromJson(element[index]);
}
