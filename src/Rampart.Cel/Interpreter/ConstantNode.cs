using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

internal sealed class ConstantNode(CelValue value) : EvalNode
{
    public override CelValue? Constant => value;

    public override CelValue Evaluate(EvalFrame frame) => value;
}
