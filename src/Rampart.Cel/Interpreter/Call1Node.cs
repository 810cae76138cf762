using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

internal sealed class Call1Node(string function, CallTarget[] targets, EvalNode argument, CelSourceLocation location)
    : CallNode(function, targets, location)
{
    public override CelValue Evaluate(EvalFrame frame)
    {
        var a = argument.Evaluate(frame);
        if (a is CelError)
        {
            return a;
        }

        foreach (var target in Targets)
        {
            if (target.Accepts(a))
            {
                if (!frame.Charge(target.CostOf(a)))
                {
                    return frame.Abort!;
                }

                try
                {
                    return Finish(target.Invoke(a));
                }
                catch (Exception e) when (e is not (OperationCanceledException or CelInternalException))
                {
                    return Failed(e);
                }
            }
        }

        return NoOverload(new ReadOnlySpan<CelValue>(ref a));
    }
}
