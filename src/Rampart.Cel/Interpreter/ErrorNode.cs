using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>A node that always fails (e.g. a call to an unknown function when checking is off), after its arguments.</summary>
internal sealed class ErrorNode(string message, CelSourceLocation location, EvalNode[] arguments) : EvalNode
{
    public override CelValue Evaluate(EvalFrame frame)
    {
        foreach (var argument in arguments)
        {
            if (argument.Evaluate(frame) is CelError error)
            {
                return error;
            }
        }

        return new CelError(message, location);
    }
}
