namespace Rampart.Regex;

/// <summary>One instruction of a compiled program.</summary>
internal struct Inst(InstOp op, int arg)
{
    public InstOp Op = op;

    /// <summary>The next instruction.</summary>
    public int Out;

    /// <summary>The operand: a code point, class index, second branch, capture slot or assertion flag.</summary>
    public int Arg = arg;

    public readonly bool Consumes => Op is InstOp.Rune or InstOp.Class or InstOp.Any or InstOp.AnyNotNewline;
}
