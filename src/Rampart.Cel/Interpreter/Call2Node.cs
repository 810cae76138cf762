using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

internal sealed class Call2Node(string function, CallTarget[] targets, EvalNode first, EvalNode second, CelSourceLocation location)
    : CallNode(function, targets, location)
{
    public override CelValue Evaluate(EvalFrame frame)
    {
        var a = first.Evaluate(frame);
        if (a is CelError)
        {
            return a;
        }

        var b = second.Evaluate(frame);
        if (b is CelError)
        {
            return b;
        }

        foreach (var target in Targets)
        {
            if (target.Accepts(a, b))
            {
                if (!frame.Charge(target.CostOf(a, b)))
                {
                    return frame.Abort!;
                }

                try
                {
                    return Finish(target.Invoke(a, b));
                }
                catch (Exception e) when (e is not (OperationCanceledException or CelInternalException))
                {
                    return Failed(e);
                }
            }
        }

        var pair = default(Pair);
        pair[0] = a;
        pair[1] = b;
        return NoOverload(pair);
    }
}
