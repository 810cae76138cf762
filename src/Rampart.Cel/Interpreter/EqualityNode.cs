using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary><c>==</c> and <c>!=</c>, defined for all values (numbers compare across types).</summary>
internal sealed class EqualityNode(EvalNode left, EvalNode right, bool negate) : EvalNode
{
    public override CelValue Evaluate(EvalFrame frame)
    {
        var l = left.Evaluate(frame);
        if (l is CelError)
        {
            return l;
        }

        var r = right.Evaluate(frame);
        if (r is CelError)
        {
            return r;
        }

        frame.Charge(1);
        return CelBool.Of(l.CelEquals(r) != negate);
    }
}
