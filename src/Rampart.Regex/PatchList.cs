namespace Rampart.Regex;

/// <summary>
/// A list of instruction fields still to be pointed at the next fragment, threaded through the fields
/// themselves: an entry is pc * 2 (the Out field) or pc * 2 + 1 (the Arg field); 0 ends the list.
/// </summary>
internal readonly record struct PatchList(int Head, int Tail)
{
    public bool IsEmpty => Head == 0;

    public static PatchList OutOf(int pc) => new(pc << 1, pc << 1);

    public static PatchList ArgOf(int pc) => new((pc << 1) | 1, (pc << 1) | 1);
}
