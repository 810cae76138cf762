using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>
/// Field selection <c>a.f</c>. The field name is held as a <see cref="CelString"/> built once at plan time, so
/// that a map lookup allocates nothing. On an optional operand it chains: none stays none, a present map
/// yields <c>optional.of(value)</c> or none.
/// </summary>
internal sealed class SelectNode(EvalNode operand, CelString field, CelSourceLocation location) : EvalNode
{
    public override CelValue Evaluate(EvalFrame frame)
    {
        var value = operand.Evaluate(frame);
        frame.Charge(1);
        if (value is CelMap map)
        {
            return map.TryGetValue(field, out var found) ? found : NoSuchKey();
        }

        return value switch
        {
            CelError => value,
            CelOptional optional => SelectOptional(optional, field, location),
            _ => Unsupported(value, location),
        };
    }

    internal static CelValue SelectOptional(CelOptional optional, CelString field, CelSourceLocation location)
    {
        if (!optional.HasValue)
        {
            return optional;
        }

        return optional.Value is CelMap inner
            ? inner.TryGetValue(field, out var found) ? CelOptional.Of(found) : CelOptional.None
            : new CelError($"no such key: {field.Value}", location);
    }

    internal static CelError Unsupported(CelValue value, CelSourceLocation location) =>
        new($"type '{value.Type.Name}' does not support field selection", location);

    private CelError NoSuchKey() => new($"no such key: {field.Value}", location);
}
