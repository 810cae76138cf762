using System.Buffers;

namespace Rampart.Regex;

/// <summary>
/// A compiled program for the Pike VM and the lazy DFA. Instruction 0 is Fail. Immutable once built.
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

    /// <summary>A literal every match starts with (case-sensitive), used to skip ahead; null when none.</summary>
    public string? Prefix { get; init; }

    /// <summary>Literals one of which every match starts with (two or more code units each); null when none.</summary>
    public SearchValues<string>? LeadingLiterals { get; init; }

    /// <summary>The UTF-16 units a match can start with, used to skip ahead; null when not selective.</summary>
    public SearchValues<char>? StartChars { get; init; }

    public int Length => Insts.Length;

    /// <summary>
    /// Where the next match can start at or after <paramref name="pos"/>, using the literal prefix or the
    /// start characters; <paramref name="pos"/> itself when neither helps, -1 when no match can start.
    /// </summary>
    public int NextCandidate(string input, int pos)
    {
        if (AnchoredStart)
        {
            return pos;
        }

        if (Prefix is not null)
        {
            return input.IndexOf(Prefix, pos, StringComparison.Ordinal);
        }

        int next;
        if (LeadingLiterals is not null)
        {
            next = input.AsSpan(pos).IndexOfAny(LeadingLiterals);
            return next < 0 ? -1 : pos + next;
        }

        if (StartChars is null)
        {
            return pos;
        }

        next = input.AsSpan(pos).IndexOfAny(StartChars);
        return next < 0 ? -1 : pos + next;
    }

    /// <summary>Whether <see cref="NextCandidate"/> can skip anything.</summary>
    public bool CanSkip => !AnchoredStart && (Prefix is not null || LeadingLiterals is not null || StartChars is not null);

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
