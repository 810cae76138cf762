using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary><c>c ? a : b</c>: evaluates only the branch chosen; an error condition is the result.</summary>
internal sealed class ConditionalNode(EvalNode condition, EvalNode then, EvalNode otherwise, CelSourceLocation location) : EvalNode
{
    public override CelValue Evaluate(EvalFrame frame) => condition.Evaluate(frame) switch
    {
        CelBool b => b.Value ? then.Evaluate(frame) : otherwise.Evaluate(frame),
        CelError e => e,
        var other => new CelError($"no such overload: {other.Type.Name} ? _ : _", location),
    };
}
