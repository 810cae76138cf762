using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>
/// <c>==</c> and <c>!=</c>, defined for all values (numbers compare across types). Charged, as Kubernetes
/// charges string comparison, a tenth of a unit per unit of work (<see cref="CelEquality"/>), at least 1.
/// </summary>
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

        var work = 0L;
        var equal = CelEquality.Equals(l, r, ref work, CelEquality.WorkBudget(frame.RemainingCost));
        frame.Charge(CelEquality.Cost(work));
        return CelBool.Of(equal != negate);
    }
}
