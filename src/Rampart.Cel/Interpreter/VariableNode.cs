using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>Reads a variable from the activation.</summary>
internal sealed class VariableNode(string name, CelSourceLocation location) : EvalNode
{
    public override CelValue Evaluate(EvalFrame frame)
    {
        frame.Charge(1);
        return frame.Activation.TryResolve(name, out var value) && value is not null
            ? value
            : new CelError($"no such attribute: {name}", location);
    }
}
