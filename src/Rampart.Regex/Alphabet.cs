namespace Rampart.Regex;

/// <summary>
/// Splits the code points into classes that every instruction of a program treats alike (and that agree
/// on being a newline or an ASCII word character), so the DFA has one transition per class, not per code point.
/// </summary>
internal sealed class Alphabet
{
    private readonly int[] _starts;
    private readonly int[] _ascii = new int[128];

    public Alphabet(Prog prog)
    {
        var bounds = new SortedSet<int> { 0 };
        void AddRange(int lo, int hi)
        {
            bounds.Add(lo);
            if (hi < CharClass.MaxRune)
            {
                bounds.Add(hi + 1);
            }
        }

        AddRange('\n', '\n');
        AddRange('0', '9');
        AddRange('A', 'Z');
        AddRange('_', '_');
        AddRange('a', 'z');
        foreach (var inst in prog.Insts)
        {
            if (inst.Op == InstOp.Rune)
            {
                AddRange(inst.Arg, inst.Arg);
            }
        }

        foreach (var charClass in prog.Classes)
        {
            var ranges = charClass.Ranges;
            for (var i = 0; i < ranges.Length; i += 2)
            {
                AddRange(ranges[i], ranges[i + 1]);
            }
        }

        _starts = [.. bounds];
        for (var c = 0; c < 128; c++)
        {
            _ascii[c] = Search(c);
        }
    }

    /// <summary>The class of each ASCII code point.</summary>
    public int[] AsciiClasses => _ascii;

    /// <summary>Number of classes; class <see cref="Count"/> itself stands for the end of the text.</summary>
    public int Count => _starts.Length;

    public int ClassOf(int rune) => rune < 128 ? _ascii[rune] : Search(rune);

    /// <summary>A code point of the class (all behave the same).</summary>
    public int Representative(int index) => _starts[index];

    private int Search(int rune)
    {
        var index = Array.BinarySearch(_starts, rune);
        return index >= 0 ? index : ~index - 1;
    }
}
