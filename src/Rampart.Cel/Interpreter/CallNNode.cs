using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>A call with no argument or more than two.</summary>
internal sealed class CallNNode(string function, CallTarget[] targets, EvalNode[] arguments, CelSourceLocation location)
    : CallNode(function, targets, location)
{
    public override CelValue Evaluate(EvalFrame frame)
    {
        var values = new CelValue[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            var value = arguments[i].Evaluate(frame);
            if (value is CelError)
            {
                return value;
            }

            values[i] = value;
        }

        foreach (var target in Targets)
        {
            if (target.Accepts(values))
            {
                if (!frame.Charge(target.CostOf(values)))
                {
                    return frame.Abort!;
                }

                try
                {
                    return Finish(target.Invoke(values));
                }
                catch (Exception e) when (e is not (OperationCanceledException or CelInternalException))
                {
                    return Failed(e);
                }
            }
        }

        return NoOverload(values);
    }
}
