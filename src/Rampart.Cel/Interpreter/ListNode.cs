using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>A list literal; elements marked optional (<c>[?x]</c>) are included only when present.</summary>
internal sealed class ListNode(EvalNode[] elements, bool[]? optional, CelSourceLocation location) : EvalNode
{
    private const long CreateCost = 10;

    public override CelValue Evaluate(EvalFrame frame)
    {
        frame.Charge(CreateCost);
        if (elements.Length == 0)
        {
            return CelList.Empty;
        }

        var values = new CelValue[elements.Length];
        var count = 0;
        for (var i = 0; i < elements.Length; i++)
        {
            var value = elements[i].Evaluate(frame);
            if (value is CelError)
            {
                return value;
            }

            if (optional is not null && optional[i])
            {
                if (value is not CelOptional opt)
                {
                    return new CelError($"optional list element must be an optional, not '{value.Type.Name}'", location);
                }

                if (!opt.HasValue)
                {
                    continue;
                }

                value = opt.Value;
            }

            values[count++] = value;
        }

        return CelList.Wrap(count == values.Length ? values : values[..count]);
    }
}
