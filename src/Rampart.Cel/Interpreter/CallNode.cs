using System.Runtime.CompilerServices;
using Rampart.Cel.Parsing;
using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>
/// A strict function call: arguments are evaluated first, an error argument is the result, and the first
/// overload whose parameter types fit the runtime values is invoked. Subclasses avoid allocating for one and
/// two arguments.
/// </summary>
internal abstract class CallNode(string function, CallTarget[] targets, CelSourceLocation location) : EvalNode
{
    protected CallTarget[] Targets { get; } = targets;

    protected CelValue Finish(CelValue? result)
    {
        if (result is CelError error)
        {
            return error.Location is null ? error.WithLocation(location) : error;
        }

        return result ?? new CelError($"function '{function}' returned no value", location);
    }

    protected CelError Failed(Exception exception) =>
        new($"function '{function}' failed: {exception.GetType().Name}: {exception.Message}", location);

    protected CelError NoOverload(ReadOnlySpan<CelValue> arguments)
    {
        var names = new string[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            names[i] = arguments[i].Type.Name;
        }

        return new CelError($"no such overload: {Operators.Display(function)}({string.Join(", ", names)})", location);
    }

    [InlineArray(2)]
    protected struct Pair
    {
        private CelValue element;
    }
}
