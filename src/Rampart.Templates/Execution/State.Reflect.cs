using Rampart.Templates.Values;

namespace Rampart.Templates.Execution;

/// <summary>The reflect-like operations of the executor: zero values, methods, indirection and truth.</summary>
internal sealed partial class State
{
    /// <summary>reflect.Zero for the element types maps have here.</summary>
    internal static Value Zero(GoType type) => new(type, type.Kind switch
    {
        GoKind.String => "",
        GoKind.Bool => false,
        GoKind.Int => 0L,
        GoKind.Float64 => 0.0,
        _ => null,
    });

    private static GoFunction? FindMethod(Value receiver, string name)
    {
        if (!receiver.IsValid || receiver.Kind == GoKind.Interface)
        {
            return null;
        }

        var type = receiver.Type!;
        GoMethod? m;
        object? target = receiver.Data;
        if (type.Kind == GoKind.Pointer)
        {
            m = type.FindMethod(name) ?? type.Elem?.FindMethod(name);
            target = (receiver.Data as GoPointer)?.Target ?? receiver.Data;
        }
        else
        {
            m = type.FindMethod(name);
            if (m is { PointerReceiver: true } && !receiver.CanAddr)
            {
                m = null;
            }
        }

        if (m is null || target is null)
        {
            return null;
        }

        return new GoFunction(name, m.In, m.Variadic, m.Out, (_, a) => m.Body(target, a));
    }

    internal static (Value Value, bool IsNil) Indirect(Value v)
    {
        while (v.Kind is GoKind.Pointer or GoKind.Interface)
        {
            if (v.Data is null)
            {
                return (v, true);
            }

            v = v.Kind == GoKind.Pointer
                ? new Value(v.Type!.Elem, v.Data is GoPointer p ? p.Target : v.Data, true, v.Origin)
                : v.Elem();
        }

        return (v, false);
    }

    internal static Value IndirectInterface(Value v) =>
        v.Kind != GoKind.Interface ? v : v.Data is null ? Value.Invalid : v.Elem();

    internal static bool IsTrue(Value v, out bool truth)
    {
        truth = false;
        if (!v.IsValid)
        {
            return true;
        }

        switch (v.Kind)
        {
            case GoKind.Struct:
                truth = true;
                return true;
            case GoKind.Complex64 or GoKind.Complex128:
                truth = v.Data is GoNumber { Float: not 0 };
                return true;
            default:
                truth = GoReflect.Truth(v);
                return true;
        }
    }
}
