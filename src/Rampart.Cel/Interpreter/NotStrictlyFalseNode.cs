using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>
/// The loop condition of <c>all</c> and <c>exists</c>: true unless the operand is exactly false, so that an
/// error in one element does not stop the loop before another element decides the result.
/// </summary>
internal sealed class NotStrictlyFalseNode(EvalNode operand) : EvalNode
{
    public override CelValue Evaluate(EvalFrame frame) =>
        operand.Evaluate(frame) is CelBool { Value: false } ? CelBool.False : CelBool.True;
}
