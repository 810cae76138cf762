using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary><c>a.?f</c>: <c>optional.of(a.f)</c> when the field is present, otherwise <c>optional.none()</c>.</summary>
internal sealed class OptionalSelectNode(EvalNode operand, CelString field, CelSourceLocation location) : EvalNode
{
    public override CelValue Evaluate(EvalFrame frame)
    {
        var value = operand.Evaluate(frame);
        frame.Charge(1);
        return value switch
        {
            CelMap map => map.TryGetValue(field, out var found) ? CelOptional.Of(found) : CelOptional.None,
            CelOptional optional => SelectNode.SelectOptional(optional, field, location),
            CelError => value,
            _ => SelectNode.Unsupported(value, location),
        };
    }
}
