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

    /// <summary>
    /// An exception out of an implementation is a defect in it, not a CEL error: it ends the evaluation (see
    /// <see cref="CelInternalException"/>). Libraries return <see cref="CelError"/> for what the specification calls
    /// an error. Running out of stack is a limit, not a defect, and stays an error value.
    /// </summary>
    protected CelValue Failed(Exception exception) => exception is InsufficientExecutionStackException
        ? new CelError($"function '{function}': value nested too deeply", location)
        : throw new CelInternalException($"function '{function}'", location, null, exception);

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
