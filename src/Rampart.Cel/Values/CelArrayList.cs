namespace Rampart.Cel.Values;

/// <summary>The engine's own list: an array it owns and never changes.</summary>
internal sealed class CelArrayList(CelValue[] items) : CelList
{
    public override int Count => items.Length;

    public override CelValue this[int index] => items[index];

    internal CelValue[] Items => items;
}
