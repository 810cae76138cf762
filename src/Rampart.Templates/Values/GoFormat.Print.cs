using System.Globalization;
using System.Text;

namespace Rampart.Templates.Values;

public sealed partial class GoFormat
{
    private void PrintArg(object? arg, int verb)
    {
        if (arg is null)
        {
            switch (verb)
            {
                case 'T' or 'v':
                    Pad("<nil>");
                    break;
                default:
                    BadVerb(null, verb);
                    break;
            }

            return;
        }

        if (verb == 'T')
        {
            FmtString(GoTypes.Of(arg)!.Name, 's');
            return;
        }

        if (verb == 'p')
        {
            BadVerb(arg, verb);
            return;
        }

        switch (arg)
        {
            case bool b:
                FmtBool(b, verb, arg);
                return;
            case long l:
                FmtInteger(unchecked((ulong)l), true, verb, arg);
                return;
            case double d:
                FmtFloat(d, 64, verb, arg);
                return;
            case string s:
                FmtStringVerb(s, verb, arg);
                return;
            case byte[] bytes:
                FmtBytes(bytes, verb, arg);
                return;
            case GoNumber n when n.GoType.FindMethod("String") is null:
                FmtNumber(n, verb);
                return;
        }

        if (HandleMethods(arg, verb))
        {
            return;
        }

        PrintValue(Value.Of(arg), verb, 0);
    }

    private void FmtNumber(GoNumber n, int verb)
    {
        switch (n.GoType.Kind)
        {
            case GoKind.Float32 or GoKind.Float64:
                FmtFloat(n.Float, n.GoType.Kind == GoKind.Float32 ? 32 : 64, verb, n);
                break;
            case >= GoKind.Uint and <= GoKind.Uintptr:
                FmtInteger(n.Uint, false, verb, n);
                break;
            case GoKind.Complex128 or GoKind.Complex64:
                FmtFloat(n.Float, 64, verb, n);
                break;
            default:
                FmtInteger(unchecked((ulong)n.Int), true, verb, n);
                break;
        }
    }

    private bool HandleMethods(object arg, int verb)
    {
        if (sharpV)
        {
            return false;
        }

        var type = GoTypes.Of(arg)!;
        var method = type.FindMethod("Error") ?? type.FindMethod("String");
        if (method is null && type.Kind == GoKind.Pointer)
        {
            method = type.Elem!.FindMethod("Error") ?? type.Elem.FindMethod("String");
        }
        else if (method is { PointerReceiver: true } && type.Kind != GoKind.Pointer)
        {
            method = null;
        }

        if (method is null || method.In.Length != 0 || verb is not ('v' or 's' or 'x' or 'X' or 'q'))
        {
            return false;
        }

        FmtStringVerb((string)method.Body(arg is GoPointer p ? p.Target : arg, [])!, verb, arg);
        return true;
    }

    private void PrintValue(Value value, int verb, int depth)
    {
        if (depth > 0 && value.IsValid && value.Kind != GoKind.Interface && value.Data is not null && HandleMethods(value.Data, verb))
        {
            return;
        }

        switch (value.Kind)
        {
            case GoKind.Invalid:
                buf.Append(depth == 0 ? "<invalid reflect.Value>" : verb == 'v' ? "<nil>" : "%!" + char.ConvertFromUtf32(verb) + "(<nil>)");
                return;
            case GoKind.Interface:
                var inner = value.Elem();
                if (!inner.IsValid)
                {
                    buf.Append(sharpV ? value.Type!.Name + "(nil)" : "<nil>");
                    return;
                }

                PrintValue(inner, verb, depth + 1);
                return;
            case GoKind.Map:
                PrintMap(value, verb, depth);
                return;
            case GoKind.Slice or GoKind.Array:
                PrintSlice(value, verb, depth);
                return;
            case GoKind.Struct:
                PrintStruct(value, verb, depth);
                return;
            case GoKind.Pointer:
                if (depth == 0 && value.Data is not null && value.Type!.Elem!.Kind is GoKind.Struct or GoKind.Map or GoKind.Slice or GoKind.Array)
                {
                    buf.Append('&');
                    PrintValue(new Value(value.Type.Elem, value.Data, true), verb, depth + 1);
                    return;
                }

                buf.Append(value.Data is null ? "<nil>" : "0xc000010000");
                return;
            default:
                PrintArg(value.Data, verb);
                return;
        }
    }

    private void PrintMap(Value value, int verb, int depth)
    {
        var map = (System.Collections.IDictionary?)value.Data;
        if (sharpV)
        {
            buf.Append(value.Type!.Name);
            if (map is null)
            {
                buf.Append("(nil)");
                return;
            }

            buf.Append('{');
        }
        else
        {
            buf.Append("map[");
        }

        if (map is not null)
        {
            var keys = map.Keys.Cast<string>().Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < keys.Count; i++)
            {
                if (i > 0)
                {
                    buf.Append(sharpV ? ", " : " ");
                }

                PrintValue(new Value(value.Type!.Key, keys[i]), verb, depth + 1);
                buf.Append(':');
                PrintValue(new Value(value.Type.Elem, map[keys[i]]), verb, depth + 1);
            }
        }

        buf.Append(sharpV ? '}' : ']');
    }

    private void PrintSlice(Value value, int verb, int depth)
    {
        var list = (System.Collections.IList?)GoReflect.AsList(value.Data);
        if (value.Data is byte[] bytes && verb is 's' or 'q' or 'x' or 'X')
        {
            FmtBytes(bytes, verb, bytes);
            return;
        }

        if (sharpV)
        {
            buf.Append(value.Type!.Name);
            if (list is null)
            {
                buf.Append("(nil)");
                return;
            }

            buf.Append('{');
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0)
                {
                    buf.Append(", ");
                }

                PrintValue(new Value(value.Type.Elem, list[i]), verb, depth + 1);
            }

            buf.Append('}');
            return;
        }

        buf.Append('[');
        for (var i = 0; i < (list?.Count ?? 0); i++)
        {
            if (i > 0)
            {
                buf.Append(' ');
            }

            PrintValue(new Value(value.Type!.Elem, list![i]), verb, depth + 1);
        }

        buf.Append(']');
    }

    private void PrintStruct(Value value, int verb, int depth)
    {
        if (sharpV)
        {
            buf.Append(value.Type!.Name);
        }

        buf.Append('{');
        var fields = value.Type!.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                buf.Append(sharpV ? ", " : " ");
            }

            if (plusV || sharpV)
            {
                buf.Append(fields[i].Name).Append(':');
            }

            PrintValue(new Value(fields[i].Type, fields[i].Get(value.Data!)), verb, depth + 1);
        }

        buf.Append('}');
    }

    private void BadVerb(object? arg, int verb)
    {
        buf.Append("%!").Append(char.ConvertFromUtf32(verb)).Append('(');
        if (arg is null)
        {
            buf.Append("<nil>");
        }
        else
        {
            buf.Append(GoTypes.Of(arg)!.Name).Append('=');
            var saved = (plus, minus, sharp, space, zero, plusV, sharpV, width, precision);
            ClearFlags();
            PrintArg(arg, 'v');
            (plus, minus, sharp, space, zero, plusV, sharpV, width, precision) = saved;
        }

        buf.Append(')');
    }

    private void FmtBool(bool b, int verb, object arg)
    {
        if (verb is 't' or 'v')
        {
            Pad(b ? "true" : "false");
        }
        else
        {
            BadVerb(arg, verb);
        }
    }

    private void FmtStringVerb(string s, int verb, object arg)
    {
        switch (verb)
        {
            case 'v':
                if (sharpV)
                {
                    Pad(GoQuote.Quote(s));
                }
                else
                {
                    FmtString(s, 's');
                }

                break;
            case 's' or 'q' or 'x' or 'X':
                FmtString(s, verb);
                break;
            default:
                BadVerb(arg, verb);
                break;
        }
    }

    private void FmtBytes(byte[] bytes, int verb, object arg)
    {
        switch (verb)
        {
            case 's' or 'q' or 'x' or 'X':
                FmtString(Encoding.UTF8.GetString(bytes), verb);
                break;
            case 'v' or 'd':
                PrintSliceOfBytes(bytes, verb);
                break;
            default:
                BadVerb(arg, verb);
                break;
        }
    }

    private void PrintSliceOfBytes(byte[] bytes, int verb)
    {
        if (sharpV)
        {
            buf.Append("[]byte{");
            buf.AppendJoin(", ", bytes.Select(b => "0x" + b.ToString("x", CultureInfo.InvariantCulture)));
            buf.Append('}');
            return;
        }

        buf.Append('[');
        for (var i = 0; i < bytes.Length; i++)
        {
            if (i > 0)
            {
                buf.Append(' ');
            }

            FmtInteger(bytes[i], false, verb, (long)bytes[i]);
        }

        buf.Append(']');
    }
}
