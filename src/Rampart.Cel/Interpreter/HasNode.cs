using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary><c>has(a.f)</c>: whether the map <c>a</c> has the key <c>f</c> (on an optional: whether it is present and has it).</summary>
internal sealed class HasNode(EvalNode operand, CelString field, CelSourceLocation location) : EvalNode
{
    public override CelValue Evaluate(EvalFrame frame)
    {
        var value = operand.Evaluate(frame);
        frame.Charge(1);
        if (value is CelOptional optional)
        {
            if (!optional.HasValue)
            {
                return CelBool.False;
            }

            value = optional.Value;
        }

        return value switch
        {
            CelMap map => CelBool.Of(map.ContainsKey(field)),
            CelError => value,
            _ => new CelError($"invalid type for field selection: '{value.Type.Name}'", location),
        };
    }
}
