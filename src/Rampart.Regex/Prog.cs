namespace Rampart.Regex;

/// <summary>
/// A compiled program for the Pike VM and the lazy DFA. Instruction 0 is Fail. Immutable once built.
/// A Match instruction's operand is the number of the pattern it ends (always 0 but in a <see cref="Re2Set"/>).
/// </summary>
internal sealed class Prog(Inst[] insts, CharClass[] classes, int start, int slotCount)
{
    public Inst[] Insts { get; } = insts;

    public CharClass[] Classes { get; } = classes;

    public int Start { get; } = start;

    /// <summary>Capture slots: two (start, end) per group, group 0 included.</summary>
    public int SlotCount { get; } = slotCount;

    /// <summary>True when every match must start at the beginning of the text (\A or ^ without (?m)).</summary>
    public bool AnchoredStart { get; init; }

    /// <summary>Where a match can start, to skip ahead while no match is in progress.</summary>
    public Prefilter Prefilter { get; init; } = Prefilter.None;

    public int Length => Insts.Length;

    /// <summary>Whether a consuming instruction accepts the code point.</summary>
    public bool Accepts(in Inst inst, int rune) => inst.Op switch
    {
        InstOp.Rune => rune == inst.Arg,
        InstOp.Class => rune >= 0 && Classes[inst.Arg].Contains(rune),
        InstOp.Any => rune >= 0,
        InstOp.AnyNotNewline => rune >= 0 && rune != '\n',
        _ => false,
    };
}
