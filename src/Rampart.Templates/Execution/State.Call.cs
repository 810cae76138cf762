using Rampart.Templates.Parse;
using Rampart.Templates.Values;

namespace Rampart.Templates.Execution;

internal sealed partial class State
{
    private Value EvalFunction(Value dot, IdentifierNode id, Node cmd, List<Node>? args, Value final)
    {
        At(id);
        var name = id.Ident;
        if (!Set.TryGetFunction(name, out var function, out var isBuiltin))
        {
            throw Error($"{GoQuote.Quote(name)} is not a defined function");
        }

        return EvalCall(dot, function, isBuiltin, cmd, name, args, final);
    }

    private Value EvalCall(Value dot, GoFunction fun, bool isBuiltin, Node n, string name, List<Node>? args, Value final)
    {
        var given = args is null ? [] : args.GetRange(1, args.Count - 1);
        var numIn = given.Count + (IsMissing(final) ? 0 : 1);
        var parameters = fun.Parameters;
        var numFixed = given.Count;
        if (fun.Variadic)
        {
            numFixed = parameters.Length - 1;
            if (numIn < numFixed)
            {
                throw Error($"wrong number of args for {name}: want at least {parameters.Length - 1} got {given.Count}");
            }
        }
        else if (numIn != parameters.Length)
        {
            throw Error($"wrong number of args for {name}: want {parameters.Length} got {numIn}");
        }

        if (isBuiltin && name is "and" or "or")
        {
            var v = Value.Invalid;
            foreach (var arg in given)
            {
                v = EvalArg(dot, GoTypes.ReflectValue, arg);
                if (GoReflect.Truth(v) == (name == "or"))
                {
                    return v;
                }
            }

            if (!IsMissing(final))
            {
                v = final;
            }

            return v;
        }

        var argv = new object?[numIn];
        var i = 0;
        SourcePosition? origin = final.Origin;
        for (; i < numFixed && i < given.Count; i++)
        {
            var v = EvalArg(dot, parameters[i], given[i]);
            origin ??= v.Origin;
            argv[i] = Unbox(v, parameters[i]);
        }

        if (fun.Variadic)
        {
            var elem = parameters[^1];
            for (; i < given.Count; i++)
            {
                var v = EvalArg(dot, elem, given[i]);
                origin ??= v.Origin;
                argv[i] = Unbox(v, elem);
            }
        }

        if (!IsMissing(final))
        {
            var t = fun.Variadic && numIn - 1 < numFixed ? parameters[numIn - 1] : parameters[^1];
            argv[i] = Unbox(ValidateType(final, t), t);
        }

        if (isBuiltin && name == "call")
        {
            var callee = State.IndirectInterface(argv[0] is Value cv ? cv : Value.Invalid);
            if (!callee.IsValid)
            {
                throw Error("error calling call: call of nil");
            }

            if (callee.Data is not GoFunction)
            {
                throw Error($"error calling call: non-function {given[0]} of type {callee.Type!.Name}");
            }
        }

        object? result;
        try
        {
            result = fun.Body(new CallContext(this, n), argv);
        }
        catch (TemplateFunctionException e)
        {
            At(n);
            throw Error($"error calling {name}: {e.Message}");
        }
        catch (Exception e) when (e is InvalidCastException or IndexOutOfRangeException or ArgumentException or NullReferenceException
            or OverflowException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            // Go's safeCall turns a panic inside a function into the call's error; a value of an unexpected shape does the same here.
            At(n);
            throw Error($"error calling {name}: {e.Message}");
        }

        // A value computed from a value that was set somewhere (quote, default, toYaml…) keeps that origin.
        if (ReferenceEquals(fun.Result, GoTypes.ReflectValue))
        {
            return result is Value rv ? rv.WithOrigin(rv.Origin ?? origin) : Value.Invalid;
        }

        return new Value(fun.Result, result, false, origin);
    }

    private static object? Unbox(Value v, GoType parameter) =>
        ReferenceEquals(parameter, GoTypes.ReflectValue) ? v : v.Data;

    private Value EvalArg(Value dot, GoType? typ, Node n)
    {
        At(n);
        switch (n)
        {
            case DotNode:
                return ValidateType(dot, typ);
            case NilNode:
                if (typ is null || CanBeNil(typ))
                {
                    return typ is null || ReferenceEquals(typ, GoTypes.ReflectValue) ? Value.Invalid : new Value(typ, null);
                }

                throw Error($"cannot assign nil to {typ.Name}");
            case FieldNode field:
                return ValidateType(EvalFieldNode(dot, field, [n], Missing), typ);
            case VariableNode variable:
                return ValidateType(EvalVariableNode(dot, variable, null, Missing), typ);
            case PipeNode pipe:
                return ValidateType(EvalPipeline(dot, pipe), typ);
            case IdentifierNode id:
                return ValidateType(EvalFunction(dot, id, id, null, Missing), typ);
            case ChainNode chain:
                return ValidateType(EvalChainNode(dot, chain, null, Missing), typ);
        }

        if (typ is null || ReferenceEquals(typ, GoTypes.ReflectValue))
        {
            return EvalEmptyInterface(dot, n);
        }

        switch (typ.Kind)
        {
            case GoKind.Bool:
                return n is BoolNode b ? new Value(typ, b.True) : throw Error($"expected bool; found {n}");
            case GoKind.Float32 or GoKind.Float64:
                return n is NumberNode { IsFloat: true } f
                    ? new Value(typ, typ.Kind == GoKind.Float64 && ReferenceEquals(typ, GoTypes.Float64) ? f.Float64 : GoNumber.Floating(typ, f.Float64))
                    : throw Error($"expected float; found {n}");
            case >= GoKind.Int and <= GoKind.Int64:
                return n is NumberNode { IsInt: true } k
                    ? new Value(typ, ReferenceEquals(typ, GoTypes.Int) ? k.Int64 : GoNumber.Signed(typ, k.Int64))
                    : throw Error($"expected integer; found {n}");
            case >= GoKind.Uint and <= GoKind.Uintptr:
                return n is NumberNode { IsUint: true } u
                    ? new Value(typ, GoNumber.Unsigned(typ, u.Uint64))
                    : throw Error($"expected unsigned integer; found {n}");
            case GoKind.Interface when typ.Name == "interface {}":
                return EvalEmptyInterface(dot, n);
            case GoKind.String:
                return n is StringNode s ? new Value(typ, s.Text) : throw Error($"expected string; found {n}");
        }

        throw Error($"can't handle {n} for arg of type {typ.Name}");
    }

    private Value EvalEmptyInterface(Value dot, Node n)
    {
        At(n);
        return n switch
        {
            BoolNode b => new Value(GoTypes.Bool, b.True),
            DotNode => dot,
            FieldNode field => EvalFieldNode(dot, field, [n], Missing),
            IdentifierNode id => EvalFunction(dot, id, id, null, Missing),
            NilNode => throw Error("evalEmptyInterface: nil (can't happen)"),
            NumberNode num => IdealConstant(num),
            StringNode s => new Value(GoTypes.String, s.Text),
            VariableNode v => EvalVariableNode(dot, v, null, Missing),
            PipeNode pipe => EvalPipeline(dot, pipe),
            ChainNode chain => EvalChainNode(dot, chain, null, Missing),
            _ => throw Error($"can't handle assignment of {n} to empty interface argument"),
        };
    }

    private static bool CanBeNil(GoType typ) =>
        typ.Kind is GoKind.Chan or GoKind.Func or GoKind.Interface or GoKind.Map or GoKind.Pointer or GoKind.Slice
        || ReferenceEquals(typ, GoTypes.ReflectValue);

    private Value ValidateType(Value value, GoType? typ)
    {
        if (!value.IsValid)
        {
            if (typ is null)
            {
                return Value.Invalid;
            }

            if (CanBeNil(typ))
            {
                return ReferenceEquals(typ, GoTypes.ReflectValue) ? Value.Invalid : new Value(typ, null);
            }

            throw Error($"invalid value; expected {typ.Name}");
        }

        if (typ is null || ReferenceEquals(typ, GoTypes.ReflectValue) || value.Type!.AssignableTo(typ))
        {
            return value;
        }

        if (value.Kind == GoKind.Interface && value.Data is not null)
        {
            value = value.Elem();
            if (value.Type!.AssignableTo(typ))
            {
                return value;
            }
        }

        if (value.Kind == GoKind.Pointer && value.Type!.Elem!.AssignableTo(typ))
        {
            return value.Data is null ? throw Error($"dereference of nil pointer of type {typ.Name}") : Indirect(value).Value;
        }

        if (value.CanAddr && GoTypes.PointerTo(value.Type!).AssignableTo(typ))
        {
            return new Value(GoTypes.PointerTo(value.Type!), new GoPointer(GoTypes.PointerTo(value.Type!), value.Data!));
        }

        throw Error($"wrong type for value; expected {typ.Name}; got {value.Type!.Name}");
    }
}
