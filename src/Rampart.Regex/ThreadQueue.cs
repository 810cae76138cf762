namespace Rampart.Regex;

/// <summary>
/// The Pike VM's list of threads at one position: a sparse set of instruction indexes in the order they
/// were reached (which is their priority), each consuming or matching one carrying its capture slots.
/// </summary>
internal sealed class ThreadQueue(int size, int slotCount)
{
    private readonly int[] _sparse = new int[size];
    private readonly int[] _dense = new int[size];
    private readonly bool[] _isThread = new bool[size];
    private readonly int[]?[] _slots = new int[size][];

    public int Count { get; private set; }

    public bool Contains(int pc)
    {
        var index = _sparse[pc];
        return (uint)index < (uint)Count && _dense[index] == pc;
    }

    /// <summary>Marks the instruction visited and returns its entry.</summary>
    public int Add(int pc)
    {
        var index = Count++;
        _sparse[pc] = index;
        _dense[index] = pc;
        _isThread[index] = false;
        return index;
    }

    /// <summary>Makes the entry a live thread with a copy of the capture slots.</summary>
    public void SetThread(int index, int[] slots)
    {
        var copy = _slots[index] ??= new int[slotCount];
        Array.Copy(slots, copy, slotCount);
        _isThread[index] = true;
    }

    public bool IsThread(int index) => _isThread[index];

    public int PcAt(int index) => _dense[index];

    public int[] SlotsAt(int index) => _slots[index]!;

    public void Clear() => Count = 0;
}
