using Rampart.Cel.Values;

namespace Rampart.Cel.Functions;

/// <summary>
/// One overload of a function: its signature (for the checker and for dispatch on runtime types), its body,
/// its cost, and an optional compile-time preparer. Immutable; declared through <see cref="CelFunctionBuilder"/>.
/// </summary>
public sealed class CelOverload
{
    internal CelOverload(
        string function,
        string id,
        bool isMember,
        CelType[] parameters,
        CelType result,
        CelImplementation implementation,
        CelCallCost? cost,
        CelCallPreparer? preparer,
        bool strict = true)
    {
        Function = function;
        Id = id;
        IsMember = isMember;
        Parameters = parameters;
        Result = result;
        Implementation = implementation;
        Cost = cost ?? CelCallCost.Default;
        Preparer = preparer;
        IsStrict = strict;
        IsGeneric = Array.Exists(parameters, ContainsTypeParam) || ContainsTypeParam(result);
    }

    /// <summary>The function name (<c>size</c>, <c>_+_</c>, <c>charAt</c>).</summary>
    public string Function { get; }

    /// <summary>A name unique in the environment, by convention <c>receiver_function_args</c> (<c>string_char_at_int</c>).</summary>
    public string Id { get; }

    /// <summary>True for receiver style (<c>s.charAt(1)</c>); the receiver is the first parameter.</summary>
    public bool IsMember { get; }

    /// <summary>Parameter types, the receiver first for a member overload.</summary>
    public IReadOnlyList<CelType> Parameters { get; }

    public CelType Result { get; }

    public CelCallCost Cost { get; }

    public CelCallPreparer? Preparer { get; }

    internal CelImplementation Implementation { get; }

    /// <summary>False for the few built-ins that take error arguments themselves (logical operators).</summary>
    internal bool IsStrict { get; }

    internal bool IsGeneric { get; }

    internal int Arity => Parameters.Count;

    public override string ToString() => $"{Id}: {(IsMember ? Parameters[0] + "." : string.Empty)}{Function}({string.Join(", ", IsMember ? Parameters.Skip(1) : Parameters)}) -> {Result}";

    /// <summary>Whether runtime values fit the parameter types (type parameters and dyn take anything).</summary>
    internal bool AcceptsRuntime(ReadOnlySpan<CelValue> arguments)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            if (!Accepts(Parameters[i], arguments[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool Accepts(CelType parameter, CelValue value) => parameter.Kind switch
    {
        CelTypeKind.Dyn or CelTypeKind.TypeParam => true,
        CelTypeKind.Int => value is CelInt,
        CelTypeKind.UInt => value is CelUInt,
        CelTypeKind.Double => value is CelDouble,
        CelTypeKind.String => value is CelString,
        CelTypeKind.Bytes => value is CelBytes,
        CelTypeKind.Bool => value is CelBool,
        CelTypeKind.Null => value is CelNull,
        CelTypeKind.List => value is CelList,
        CelTypeKind.Map => value is CelMap,
        CelTypeKind.Timestamp => value is CelTimestamp,
        CelTypeKind.Duration => value is CelDuration,
        CelTypeKind.Optional => value is CelOptional,
        CelTypeKind.Type => value is CelType,
        CelTypeKind.Opaque => string.Equals(value.Type.Name, parameter.Name, StringComparison.Ordinal),
        _ => false,
    };

    private static bool ContainsTypeParam(CelType type)
    {
        if (type.Kind == CelTypeKind.TypeParam)
        {
            return true;
        }

        foreach (var p in type.Parameters)
        {
            if (ContainsTypeParam(p))
            {
                return true;
            }
        }

        return false;
    }
}
