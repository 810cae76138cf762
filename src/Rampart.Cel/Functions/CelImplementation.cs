using System.Runtime.CompilerServices;
using Rampart.Cel.Values;

namespace Rampart.Cel.Functions;

/// <summary>An overload body in whichever of the three shapes it was declared, callable in any of them.</summary>
internal sealed class CelImplementation
{
    public CelImplementation(CelUnaryFunction unary) => Unary = unary;

    public CelImplementation(CelBinaryFunction binary) => Binary = binary;

    public CelImplementation(CelFunction variadic) => Variadic = variadic;

    public CelUnaryFunction? Unary { get; }

    public CelBinaryFunction? Binary { get; }

    public CelFunction? Variadic { get; }

    public CelValue Invoke(CelValue argument)
    {
        if (Unary is not null)
        {
            return Unary(argument);
        }

        return Variadic is not null ? Variadic(new ReadOnlySpan<CelValue>(ref argument)) : ArityMismatch();
    }

    public CelValue Invoke(CelValue first, CelValue second)
    {
        if (Binary is not null)
        {
            return Binary(first, second);
        }

        if (Variadic is null)
        {
            return ArityMismatch();
        }

        var pair = default(Pair);
        pair[0] = first;
        pair[1] = second;
        return Variadic(pair);
    }

    public CelValue Invoke(ReadOnlySpan<CelValue> arguments) => arguments.Length switch
    {
        1 when Unary is not null => Unary(arguments[0]),
        2 when Binary is not null => Binary(arguments[0], arguments[1]),
        _ => Variadic is not null ? Variadic(arguments) : ArityMismatch(),
    };

    private static CelError ArityMismatch() => new("no such overload: wrong number of arguments");

    [InlineArray(2)]
    private struct Pair
    {
        private CelValue element;
    }
}
