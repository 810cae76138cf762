using Rampart.Templates.Execution;
using Rampart.Templates.Values;

namespace Rampart.Templates.Functions;

/// <summary>Go's template comparison builtins (eq, ne, lt, le, gt, ge) over basic kinds.</summary>
internal static class Comparison
{
    private enum Basic
    {
        Invalid,
        Bool,
        Complex,
        Int,
        Float,
        String,
        Uint,
    }

    public static bool Eq(Value arg1, IReadOnlyList<Value> rest)
    {
        arg1 = State.IndirectInterface(arg1);
        if (rest.Count == 0)
        {
            throw new TemplateFunctionException("missing argument for comparison");
        }

        var k1 = KindOf(arg1);
        foreach (var raw in rest)
        {
            var arg = State.IndirectInterface(raw);
            var k2 = KindOf(arg);
            bool truth;
            if (k1 != k2)
            {
                if (k1 == Basic.Int && k2 == Basic.Uint)
                {
                    truth = IntOf(arg1) >= 0 && (ulong)IntOf(arg1) == UintOf(arg);
                }
                else if (k1 == Basic.Uint && k2 == Basic.Int)
                {
                    truth = IntOf(arg) >= 0 && UintOf(arg1) == (ulong)IntOf(arg);
                }
                else if (arg1.IsValid && arg.IsValid)
                {
                    throw new TemplateFunctionException($"incompatible types for comparison: {arg1.Type!.Name} and {arg.Type!.Name}");
                }
                else
                {
                    truth = false;
                }
            }
            else
            {
                truth = k1 switch
                {
                    Basic.Bool => (bool)arg1.Data! == (bool)arg.Data!,
                    Basic.Float or Basic.Complex => FloatOf(arg1) == FloatOf(arg),
                    Basic.Int => IntOf(arg1) == IntOf(arg),
                    Basic.String => (string)arg1.Data! == (string)arg.Data!,
                    Basic.Uint => UintOf(arg1) == UintOf(arg),
                    _ => EqualOther(arg1, arg),
                };
            }

            if (truth)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EqualOther(Value a, Value b)
    {
        if (a.Kind != b.Kind && a.IsValid && b.IsValid)
        {
            throw new TemplateFunctionException(GoFormat.Sprintf("non-comparable types %s: %v, %s: %v", [a.Data, TypeName(a), TypeName(b), b.Data]));
        }

        if (!a.IsValid || !b.IsValid || a.Data is null || b.Data is null)
        {
            return (!a.IsValid || a.Data is null) == (!b.IsValid || b.Data is null);
        }

        if (a.Kind is GoKind.Map or GoKind.Slice or GoKind.Func)
        {
            throw new TemplateFunctionException(GoFormat.Sprintf("non-comparable type %s: %v", [b.Data, TypeName(b)]));
        }

        return Equals(a.Data, b.Data);
    }

    private static string TypeName(Value v) => v.Type?.Name ?? "<nil>";

    public static bool Lt(Value arg1, Value arg2)
    {
        arg1 = State.IndirectInterface(arg1);
        var k1 = KindOf(arg1);
        if (k1 == Basic.Invalid)
        {
            throw new TemplateFunctionException("invalid type for comparison");
        }

        arg2 = State.IndirectInterface(arg2);
        var k2 = KindOf(arg2);
        if (k2 == Basic.Invalid)
        {
            throw new TemplateFunctionException("invalid type for comparison");
        }

        if (k1 != k2)
        {
            return (k1, k2) switch
            {
                (Basic.Int, Basic.Uint) => IntOf(arg1) < 0 || (ulong)IntOf(arg1) < UintOf(arg2),
                (Basic.Uint, Basic.Int) => IntOf(arg2) >= 0 && UintOf(arg1) < (ulong)IntOf(arg2),
                _ => throw new TemplateFunctionException($"incompatible types for comparison: {arg1.Type!.Name} and {arg2.Type!.Name}"),
            };
        }

        return k1 switch
        {
            Basic.Bool or Basic.Complex => throw new TemplateFunctionException("invalid type for comparison"),
            Basic.Float => FloatOf(arg1) < FloatOf(arg2),
            Basic.Int => IntOf(arg1) < IntOf(arg2),
            Basic.String => string.CompareOrdinal((string)arg1.Data!, (string)arg2.Data!) < 0,
            _ => UintOf(arg1) < UintOf(arg2),
        };
    }

    public static bool Le(Value a, Value b) => Lt(a, b) || Eq(a, [b]);

    private static Basic KindOf(Value v) => v.Kind switch
    {
        GoKind.Bool => Basic.Bool,
        >= GoKind.Int and <= GoKind.Int64 => Basic.Int,
        >= GoKind.Uint and <= GoKind.Uintptr => Basic.Uint,
        GoKind.Float32 or GoKind.Float64 => Basic.Float,
        GoKind.Complex64 or GoKind.Complex128 => Basic.Complex,
        GoKind.String => Basic.String,
        _ => Basic.Invalid,
    };

    private static long IntOf(Value v) => v.Data switch
    {
        long l => l,
        GoNumber n => n.Int,
        _ => 0,
    };

    private static ulong UintOf(Value v) => v.Data is GoNumber n ? n.Uint : 0;

    private static double FloatOf(Value v) => v.Data switch
    {
        double d => d,
        GoNumber n => n.Float,
        _ => 0,
    };
}
