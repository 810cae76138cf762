using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>Reads a comprehension variable (or <c>cel.bind</c> name) from its slot.</summary>
internal sealed class LocalNode(int slot) : EvalNode
{
    public override CelValue Evaluate(EvalFrame frame)
    {
        frame.Charge(1);
        return frame.Locals[slot];
    }
}
