namespace Rampart.Regex;

internal enum InstOp : byte
{
    /// <summary>Kills the thread.</summary>
    Fail,

    /// <summary>A match ends here.</summary>
    Match,

    /// <summary>Consumes the code point <see cref="Inst.Arg"/>.</summary>
    Rune,

    /// <summary>Consumes a code point of class <see cref="Inst.Arg"/>.</summary>
    Class,

    /// <summary>Consumes any code point.</summary>
    Any,

    /// <summary>Consumes any code point but the newline.</summary>
    AnyNotNewline,

    /// <summary>Continues at <see cref="Inst.Out"/> first, then at <see cref="Inst.Arg"/>.</summary>
    Split,

    /// <summary>Records the position in capture slot <see cref="Inst.Arg"/>.</summary>
    Save,

    /// <summary>Continues only where the empty-width condition <see cref="Inst.Arg"/> holds.</summary>
    Assert,

    /// <summary>Continues at <see cref="Inst.Out"/>.</summary>
    Nop,
}
