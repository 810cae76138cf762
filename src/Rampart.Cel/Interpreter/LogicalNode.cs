using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>
/// <c>&amp;&amp;</c> and <c>||</c> with CEL's commutative error absorption: for <c>&amp;&amp;</c>, a false
/// operand decides the result even when the other is an error (<c>false &amp;&amp; error</c> is false);
/// <c>||</c> likewise with true. An aborted evaluation (cost limit, cancellation) is never absorbed.
/// </summary>
internal sealed class LogicalNode(EvalNode left, EvalNode right, bool isAnd, CelSourceLocation location) : EvalNode
{
    public override CelValue Evaluate(EvalFrame frame)
    {
        var deciding = !isAnd;
        var l = left.Evaluate(frame);
        if (frame.Abort is { } abort)
        {
            return abort;
        }

        if (l is CelBool lb && lb.Value == deciding)
        {
            return lb;
        }

        var r = right.Evaluate(frame);
        if (frame.Abort is { } abort2)
        {
            return abort2;
        }

        if (r is CelBool rb)
        {
            if (rb.Value == deciding)
            {
                return rb;
            }

            if (l is CelBool)
            {
                return rb;
            }
        }

        if (l is CelError)
        {
            return l;
        }

        if (r is CelError)
        {
            return r;
        }

        return new CelError($"no such overload: {l.Type.Name} {(isAnd ? "&&" : "||")} {r.Type.Name}", location);
    }
}
