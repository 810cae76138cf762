using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

internal sealed class NewMapBuilderNode : EvalNode
{
    public override CelValue Evaluate(EvalFrame frame) => new CelMapBuilder();
}
