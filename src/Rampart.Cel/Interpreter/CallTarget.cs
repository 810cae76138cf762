using System.Runtime.CompilerServices;
using Rampart.Cel.Functions;
using Rampart.Cel.Values;

namespace Rampart.Cel.Interpreter;

/// <summary>
/// One overload a call site may dispatch to, with its (possibly prepared) body. What a call of one or two
/// arguments asks on every evaluation (the parameter types, a fixed cost, the body's delegate) is read from
/// fields here, not through the overload's interfaces.
/// </summary>
internal sealed class CallTarget
{
    private readonly CelType[] parameters;
    private readonly long fixedCost;
    private readonly CelUnaryFunction? unary;
    private readonly CelBinaryFunction? binary;

    public CallTarget(CelOverload overload, CelImplementation implementation)
    {
        Overload = overload;
        Implementation = implementation;
        parameters = [.. overload.Parameters];
        NeedsTypeTest = Array.Exists(parameters, p => p.Kind is not (CelTypeKind.Dyn or CelTypeKind.TypeParam));
        FixedCost = overload.Cost.FixedCost;
        HasFixedCost = FixedCost.HasValue;
        fixedCost = FixedCost.GetValueOrDefault();
        unary = implementation.Unary;
        binary = implementation.Binary;
    }

    public CelOverload Overload { get; }

    public CelImplementation Implementation { get; }

    /// <summary>False when every parameter accepts any value, so no runtime type test is needed.</summary>
    public bool NeedsTypeTest { get; }

    public long? FixedCost { get; }

    private bool HasFixedCost { get; }

    /// <summary>Whether the overload takes <paramref name="argument"/> (its only one).</summary>
    public bool Accepts(CelValue argument) => !NeedsTypeTest || CelOverload.Accepts(parameters[0], argument);

    /// <summary>Whether the overload takes <paramref name="first"/> and <paramref name="second"/>.</summary>
    public bool Accepts(CelValue first, CelValue second) =>
        !NeedsTypeTest || (CelOverload.Accepts(parameters[0], first) && CelOverload.Accepts(parameters[1], second));

    /// <summary>What a call with <paramref name="argument"/> costs.</summary>
    public long CostOf(CelValue argument) =>
        HasFixedCost ? fixedCost : Overload.Cost.Runtime(new ReadOnlySpan<CelValue>(ref argument));

    /// <summary>What a call with <paramref name="first"/> and <paramref name="second"/> costs.</summary>
    public long CostOf(CelValue first, CelValue second)
    {
        if (HasFixedCost)
        {
            return fixedCost;
        }

        var pair = default(Pair);
        pair[0] = first;
        pair[1] = second;
        return Overload.Cost.Runtime(pair);
    }

    public CelValue Invoke(CelValue argument) => unary is not null ? unary(argument) : Implementation.Invoke(argument);

    public CelValue Invoke(CelValue first, CelValue second) => binary is not null ? binary(first, second) : Implementation.Invoke(first, second);

    [InlineArray(2)]
    private struct Pair
    {
        private CelValue element;
    }
}
