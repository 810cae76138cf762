using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

internal sealed class NewListBuilderNode : EvalNode
{
    public override CelValue Evaluate(EvalFrame frame) => new CelListBuilder();
}
