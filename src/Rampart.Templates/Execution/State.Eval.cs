using System.Collections;
using Rampart.Templates.Parse;
using Rampart.Templates.Values;

namespace Rampart.Templates.Execution;

internal sealed partial class State
{
    /// <summary>The missing final argument of a command that is not in a pipeline (Go's missingVal).</summary>
    private static readonly Value Missing = new(GoTypes.Missing, null);

    private static bool IsMissing(Value v) => ReferenceEquals(v.Type, GoTypes.Missing);

    public Value EvalPipeline(Value dot, PipeNode pipe)
    {
        At(pipe);
        var value = Missing;
        foreach (var cmd in pipe.Cmds)
        {
            value = EvalCommand(dot, cmd, value);
            if (value.Kind == GoKind.Interface && value.Type!.Name == "interface {}")
            {
                value = value.Data is null ? Value.Invalid : new Value(GoTypes.Of(value.Data), value.Data, false, value.Origin);
            }
        }

        foreach (var variable in pipe.Decl)
        {
            if (pipe.IsAssign)
            {
                SetVar(variable.Ident[0], value);
            }
            else
            {
                Push(variable.Ident[0], value);
            }
        }

        return IsMissing(value) ? Value.Invalid : value;
    }

    private void NotAFunction(List<Node> args, Value final)
    {
        if (args.Count > 1 || !IsMissing(final))
        {
            throw Error($"can't give argument to non-function {args[0]}");
        }
    }

    private Value EvalCommand(Value dot, CommandNode cmd, Value final)
    {
        Step();
        EnsureStack();
        var first = cmd.Args[0];
        switch (first)
        {
            case FieldNode field:
                return EvalFieldNode(dot, field, cmd.Args, final);
            case ChainNode chain:
                return EvalChainNode(dot, chain, cmd.Args, final);
            case IdentifierNode id:
                return EvalFunction(dot, id, cmd, cmd.Args, final);
            case PipeNode pipe:
                NotAFunction(cmd.Args, final);
                return EvalPipeline(dot, pipe);
            case VariableNode variable:
                return EvalVariableNode(dot, variable, cmd.Args, final);
        }

        At(first);
        NotAFunction(cmd.Args, final);
        return first switch
        {
            BoolNode b => new Value(GoTypes.Bool, b.True),
            DotNode => dot,
            NilNode => throw Error("nil is not a command"),
            NumberNode n => IdealConstant(n),
            StringNode s => new Value(GoTypes.String, s.Text),
            _ => throw Error($"can't evaluate command {GoQuote.Quote(first.ToString())}"),
        };
    }

    private Value IdealConstant(NumberNode c)
    {
        At(c);
        var t = c.Text;
        var isHexInt = t.Length > 2 && t[0] == '0' && (t[1] is 'x' or 'X') && t.IndexOfAny(['p', 'P']) < 0;
        var isRuneInt = t.Length > 0 && t[0] == '\'';
        if (c.IsComplex)
        {
            return new Value(GoTypes.Complex128, GoNumber.Floating(GoTypes.Complex128, c.Real));
        }

        if (c.IsFloat && !isHexInt && !isRuneInt && t.IndexOfAny(['.', 'e', 'E', 'p', 'P']) >= 0)
        {
            return new Value(GoTypes.Float64, c.Float64);
        }

        if (c.IsInt)
        {
            return new Value(GoTypes.Int, c.Int64);
        }

        if (c.IsUint)
        {
            throw Error($"{t} overflows int");
        }

        return Value.Invalid;
    }

    private Value EvalFieldNode(Value dot, FieldNode field, List<Node> args, Value final)
    {
        At(field);
        return EvalFieldChain(dot, dot, field, field.Ident, args, final);
    }

    private Value EvalChainNode(Value dot, ChainNode chain, List<Node>? args, Value final)
    {
        if (chain.Node.Kind == NodeKind.Nil)
        {
            throw Error($"indirection through explicit nil in {chain}");
        }

        var pipe = EvalArg(dot, null, chain.Node);
        return EvalFieldChain(dot, pipe, chain, chain.Field, args, final);
    }

    private Value EvalVariableNode(Value dot, VariableNode variable, List<Node>? args, Value final)
    {
        At(variable);
        var value = VarValue(variable.Ident[0]);
        if (variable.Ident.Length == 1)
        {
            NotAFunction(args ?? [variable], final);
            return value;
        }

        return EvalFieldChain(dot, value, variable, variable.Ident[1..], args, final);
    }

    private Value EvalFieldChain(Value dot, Value receiver, Node n, IReadOnlyList<string> ident, List<Node>? args, Value final)
    {
        for (var i = 0; i < ident.Count - 1; i++)
        {
            receiver = EvalField(dot, ident[i], n, null, Missing, receiver);
        }

        return EvalField(dot, ident[^1], n, args, final, receiver);
    }

    private Value EvalField(Value dot, string fieldName, Node n, List<Node>? args, Value final, Value receiver)
    {
        if (!receiver.IsValid)
        {
            if (Set.MissingKey == MissingKey.Error)
            {
                throw Error($"nil data; no entry for key {GoQuote.Quote(fieldName)}");
            }

            return Value.Invalid;
        }

        var typ = receiver.Type!;
        (receiver, var isNil) = Indirect(receiver);
        if (receiver.Kind == GoKind.Interface && isNil)
        {
            throw Error($"nil pointer evaluating {typ.Name}.{fieldName}");
        }

        var method = FindMethod(receiver, fieldName);
        if (method is not null)
        {
            return EvalCall(dot, method, false, n, fieldName, args, final);
        }

        var hasArgs = (args is not null && args.Count > 1) || !IsMissing(final);
        switch (receiver.Kind)
        {
            case GoKind.Struct:
                var field = receiver.Type!.FindField(fieldName);
                if (field is not null)
                {
                    if (hasArgs)
                    {
                        throw Error($"{fieldName} has arguments but cannot be invoked as function");
                    }

                    return new Value(field.Type, field.Get(receiver.Data!), receiver.CanAddr);
                }

                break;
            case GoKind.Map:
                if (receiver.Type!.Key is { Kind: GoKind.String })
                {
                    if (hasArgs)
                    {
                        throw Error($"{fieldName} is not a method but has arguments");
                    }

                    return MapIndex(receiver, fieldName);
                }

                break;
            case GoKind.Pointer:
                if (receiver.Type!.Elem is { Kind: GoKind.Struct } elem && elem.FindField(fieldName) is null)
                {
                    break;
                }

                if (isNil)
                {
                    throw Error($"nil pointer evaluating {typ.Name}.{fieldName}");
                }

                break;
        }

        throw Error($"can't evaluate field {fieldName} in type {typ.Name}");
    }

    private Value MapIndex(Value receiver, string key)
    {
        var elemType = receiver.Type!.Elem ?? GoTypes.Any;
        if (receiver.Data is IDictionary map && map.Contains(key))
        {
            return new Value(elemType, map[key], false, (receiver.Data as GoMap)?.OriginOf(key));
        }

        return Set.MissingKey switch
        {
            MissingKey.Zero => Zero(elemType),
            MissingKey.Error => throw Error($"map has no entry for key {GoQuote.Quote(key)}"),
            _ => Value.Invalid,
        };
    }
}
