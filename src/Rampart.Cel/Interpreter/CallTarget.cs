using System.Runtime.CompilerServices;
using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>
/// One overload a call site may dispatch to, with its (possibly prepared) body. What a call asks on every
/// evaluation (whether the overload takes the arguments, what the call costs, the body) is read from fields set
/// here once, not through the overload's interfaces.
/// </summary>
internal sealed class CallTarget
{
    private readonly CelOverload overload;
    private readonly CelImplementation implementation;
    private readonly CelType[] parameters;

    /// <summary>False when every parameter accepts any value, so no runtime type test is needed.</summary>
    private readonly bool needsTypeTest;

    private readonly bool hasFixedCost;
    private readonly long fixedCost;
    private readonly CelUnaryFunction? unary;
    private readonly CelBinaryFunction? binary;

    public CallTarget(CelOverload overload, CelImplementation implementation)
    {
        this.overload = overload;
        this.implementation = implementation;
        parameters = [.. overload.Parameters];
        needsTypeTest = Array.Exists(parameters, p => p.Kind is not (CelTypeKind.Dyn or CelTypeKind.TypeParam));
        hasFixedCost = overload.Cost.FixedCost.HasValue;
        fixedCost = overload.Cost.FixedCost.GetValueOrDefault();
        unary = implementation.Unary;
        binary = implementation.Binary;
    }

    /// <summary>Whether the overload takes <paramref name="argument"/> (its only one).</summary>
    public bool Accepts(CelValue argument) => !needsTypeTest || CelOverload.Accepts(parameters[0], argument);

    /// <summary>Whether the overload takes <paramref name="first"/> and <paramref name="second"/>.</summary>
    public bool Accepts(CelValue first, CelValue second) =>
        !needsTypeTest || (CelOverload.Accepts(parameters[0], first) && CelOverload.Accepts(parameters[1], second));

    /// <summary>Whether the overload takes <paramref name="arguments"/> (none, or more than two).</summary>
    public bool Accepts(ReadOnlySpan<CelValue> arguments) => !needsTypeTest || overload.AcceptsRuntime(arguments);

    /// <summary>What a call with <paramref name="argument"/> costs.</summary>
    public long CostOf(CelValue argument) => CostOf(new ReadOnlySpan<CelValue>(ref argument));

    /// <summary>What a call with <paramref name="first"/> and <paramref name="second"/> costs.</summary>
    public long CostOf(CelValue first, CelValue second)
    {
        if (hasFixedCost)
        {
            return fixedCost;
        }

        var pair = default(Pair);
        pair[0] = first;
        pair[1] = second;
        return overload.Cost.Runtime(pair);
    }

    /// <summary>What a call with <paramref name="arguments"/> costs.</summary>
    public long CostOf(ReadOnlySpan<CelValue> arguments) => hasFixedCost ? fixedCost : overload.Cost.Runtime(arguments);

    public CelValue Invoke(CelValue argument) => unary is not null ? unary(argument) : implementation.Invoke(argument);

    public CelValue Invoke(CelValue first, CelValue second) => binary is not null ? binary(first, second) : implementation.Invoke(first, second);

    public CelValue Invoke(ReadOnlySpan<CelValue> arguments) => implementation.Invoke(arguments);

    [InlineArray(2)]
    private struct Pair
    {
        private CelValue element;
    }
}
