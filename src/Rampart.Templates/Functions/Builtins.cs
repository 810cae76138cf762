using System.Collections;
using System.Text;
using Rampart.Templates.Execution;
using Rampart.Templates.Values;
using static Rampart.Templates.Functions.Fn;

namespace Rampart.Templates.Functions;

/// <summary>Go's predefined template functions (text/template funcs.go).</summary>
internal static class Builtins
{
    public static readonly IReadOnlyDictionary<string, GoFunction> Table = Build();

    private static Dictionary<string, GoFunction> Build()
    {
        var t = new Dictionary<string, GoFunction>(StringComparer.Ordinal);
        t.Add(Variadic("and", [RV, RV], RV, a => V(a[0])));
        t.Add(Variadic("or", [RV, RV], RV, a => V(a[0])));
        t.Add(Make("not", [RV], Bool, a => !GoReflect.Truth(State.IndirectInterface(V(a[0])))));
        t.Add(Make("len", [RV], Int, a => Len(V(a[0]))));
        t.Add(Variadic("index", [RV, RV], RV, a => Index(V(a[0]), Vs(a, 1))));
        t.Add(Variadic("slice", [RV, RV], RV, a => Slice(V(a[0]), Vs(a, 1))));
        t.Add(Variadic("print", [Any], Str, a => GoFormat.Sprint(a)));
        t.Add(Variadic("println", [Any], Str, a => GoFormat.Sprintln(a)));
        t.Add(Variadic("printf", [Str, Any], Str, a => GoFormat.Sprintf((string)a[0]!, a[1..])));
        t.Add(Variadic("html", [Any], Str, a => HtmlEscape(EvalArgs(a))));
        t.Add(Variadic("js", [Any], Str, a => JsEscape(EvalArgs(a))));
        t.Add(Variadic("urlquery", [Any], Str, a => Uri.EscapeDataString(EvalArgs(a)).Replace("%20", "+", StringComparison.Ordinal)));
        t.Add(Variadic("eq", [RV, RV], Bool, a => Comparison.Eq(V(a[0]), Vs(a, 1))));
        t.Add(Make("ne", [RV, RV], Bool, a => !Comparison.Eq(V(a[0]), [V(a[1])])));
        t.Add(Make("lt", [RV, RV], Bool, a => Comparison.Lt(V(a[0]), V(a[1]))));
        t.Add(Make("le", [RV, RV], Bool, a => Comparison.Le(V(a[0]), V(a[1]))));
        t.Add(Make("gt", [RV, RV], Bool, a => !Comparison.Le(V(a[0]), V(a[1]))));
        t.Add(Make("ge", [RV, RV], Bool, a => !Comparison.Lt(V(a[0]), V(a[1]))));
        t.Add(new GoFunction("call", [RV, RV], true, RV, (c, a) => Call(c, a)));
        return t;
    }

    private static string EvalArgs(object?[] a) => a.Length == 1 && a[0] is string s ? s : GoFormat.Sprint(a);

    private static long Len(Value item)
    {
        (item, var isNil) = State.Indirect(item);
        if (isNil)
        {
            throw new TemplateFunctionException("len of nil pointer");
        }

        return item.Kind switch
        {
            GoKind.String => Encoding.UTF8.GetByteCount((string)item.Data!),
            GoKind.Map => (item.Data as IDictionary)?.Count ?? 0,
            GoKind.Slice or GoKind.Array => GoReflect.AsList(item.Data)?.Count ?? 0,
            GoKind.Invalid => throw new TemplateFunctionException("reflect: call of reflect.Value.Type on zero Value"),
            _ => throw new TemplateFunctionException($"len of type {item.Type!.Name}"),
        };
    }

    private static Value Index(Value item, Value[] indexes)
    {
        item = State.IndirectInterface(item);
        if (!item.IsValid)
        {
            throw new TemplateFunctionException("index of untyped nil");
        }

        foreach (var raw in indexes)
        {
            var index = State.IndirectInterface(raw);
            (item, var isNil) = State.Indirect(item);
            if (isNil)
            {
                throw new TemplateFunctionException("index of nil pointer");
            }

            switch (item.Kind)
            {
                case GoKind.Slice or GoKind.Array:
                    var list = GoReflect.AsList(item.Data) ?? Array.Empty<object?>();
                    var x = IndexArg(index, list.Count);
                    if (x == list.Count)
                    {
                        throw new TemplateFunctionException("reflect: slice index out of range");
                    }

                    item = new Value(item.Type!.Elem ?? GoTypes.Any, list[x], true);
                    break;
                case GoKind.String:
                    var bytes = Encoding.UTF8.GetBytes((string)item.Data!);
                    var y = IndexArg(index, bytes.Length);
                    if (y == bytes.Length)
                    {
                        throw new TemplateFunctionException("reflect: string index out of range");
                    }

                    item = new Value(GoTypes.Uint8, GoNumber.Unsigned(GoTypes.Uint8, bytes[y]));
                    break;
                case GoKind.Map:
                    if (!index.IsValid)
                    {
                        throw new TemplateFunctionException($"value is nil; should be of type {item.Type!.Key!.Name}");
                    }

                    if (index.Data is not string key || index.Kind != GoKind.String)
                    {
                        throw new TemplateFunctionException($"value has type {index.Type!.Name}; should be {item.Type!.Key!.Name}");
                    }

                    var map = item.Data as IDictionary;
                    item = map is not null && map.Contains(key)
                        ? new Value(item.Type!.Elem ?? GoTypes.Any, map[key], false, (map as GoMap)?.OriginOf(key))
                        : State.Zero(item.Type!.Elem ?? GoTypes.Any);
                    break;
                default:
                    throw new TemplateFunctionException($"can't index item of type {item.Type!.Name}");
            }
        }

        return item;
    }

    private static int IndexArg(Value index, int cap)
    {
        long x = index.Data switch
        {
            long l when index.Kind is >= GoKind.Int and <= GoKind.Int64 => l,
            GoNumber n when index.Kind is >= GoKind.Int and <= GoKind.Uintptr => n.Int,
            _ when !index.IsValid => throw new TemplateFunctionException("cannot index slice/array with nil"),
            _ => throw new TemplateFunctionException($"cannot index slice/array with type {index.Type!.Name}"),
        };
        if (x < 0 || x > cap)
        {
            throw new TemplateFunctionException($"index out of range: {x}");
        }

        return (int)x;
    }

    private static Value Slice(Value item, Value[] indexes)
    {
        item = State.IndirectInterface(item);
        if (!item.IsValid)
        {
            throw new TemplateFunctionException("slice of untyped nil");
        }

        if (indexes.Length > 3)
        {
            throw new TemplateFunctionException($"too many slice indexes: {indexes.Length}");
        }

        int cap;
        switch (item.Kind)
        {
            case GoKind.String:
                if (indexes.Length == 3)
                {
                    throw new TemplateFunctionException("cannot 3-index slice a string");
                }

                cap = Encoding.UTF8.GetByteCount((string)item.Data!);
                break;
            case GoKind.Slice or GoKind.Array:
                cap = GoReflect.AsList(item.Data)?.Count ?? 0;
                break;
            default:
                throw new TemplateFunctionException($"can't slice item of type {item.Type!.Name}");
        }

        int[] idx = [0, cap];
        for (var i = 0; i < indexes.Length; i++)
        {
            var x = IndexArg(State.IndirectInterface(indexes[i]), cap);
            if (i < 2)
            {
                idx[i] = x;
            }
        }

        if (idx[0] > idx[1])
        {
            throw new TemplateFunctionException($"invalid slice index: {idx[0]} > {idx[1]}");
        }

        if (item.Kind == GoKind.String)
        {
            var bytes = Encoding.UTF8.GetBytes((string)item.Data!);
            return new Value(item.Type, Encoding.UTF8.GetString(bytes, idx[0], idx[1] - idx[0]));
        }

        var list = GoReflect.AsList(item.Data)!;
        var result = new object?[idx[1] - idx[0]];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = list[idx[0] + i];
        }

        return new Value(item.Type, item.Data is string[] ? result.Cast<string>().ToArray() : result);
    }

    private static Value Call(CallContext ctx, object?[] a)
    {
        var fn = State.IndirectInterface(V(a[0]));
        if (!fn.IsValid || fn.Data is not GoFunction f)
        {
            throw new TemplateFunctionException(fn.IsValid ? $"non-function of type {fn.Type!.Name}" : "call of nil");
        }

        var args = a.Skip(1).Select(x => V(x).Data).ToArray();
        return new Value(f.Result, f.Body(ctx, args));
    }

    private static string HtmlEscape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '"' => "&#34;",
                '\'' => "&#39;",
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\0' => "\uFFFD",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    private static string JsEscape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var r in s.EnumerateRunes())
        {
            var c = r.Value;
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '"': sb.Append("\\\""); break;
                case '<': sb.Append(@"\u003C"); break;
                case '>': sb.Append(@"\u003E"); break;
                case '&': sb.Append(@"\u0026"); break;
                case '=': sb.Append(@"\u003D"); break;
                case < ' ': sb.Append(@"\u00").Append(c.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)); break;
                default:
                    if (c < 0x80 || GoQuote.IsPrint(r))
                    {
                        sb.Append(r.ToString());
                    }
                    else
                    {
                        sb.Append(@"\u").Append(c.ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}
