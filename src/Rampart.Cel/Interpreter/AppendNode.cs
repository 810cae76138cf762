using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary><c>@result + [x]</c> on a list-builder accumulator: appends in place.</summary>
internal sealed class AppendNode(int slot, EvalNode element) : EvalNode
{
    public override CelValue Evaluate(EvalFrame frame)
    {
        var accumulator = frame.Locals[slot];
        if (accumulator is not CelListBuilder builder)
        {
            return accumulator;
        }

        var value = element.Evaluate(frame);
        if (value is CelError)
        {
            return value;
        }

        frame.Charge(1);
        builder.Add(value);
        return builder;
    }
}
