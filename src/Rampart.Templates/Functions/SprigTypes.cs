using Rampart.Templates.Values;
using static Rampart.Templates.Functions.Fn;

namespace Rampart.Templates.Functions;

/// <summary>Sprig's defaults, reflection and copy functions.</summary>
internal static class SprigTypes
{
    public static void AddTo(Dictionary<string, GoFunction> t)
    {
        t.Add(Variadic("default", [Any, Any], Any, a => a.Length < 2 || Cast.Empty(a[1]) ? a[0] : a[1]));
        t.Add(Make("empty", [Any], Bool, a => Cast.Empty(a[0])));
        t.Add(Variadic("coalesce", [Any], Any, a => a.FirstOrDefault(x => !Cast.Empty(x))));
        t.Add(Variadic("all", [Any], Bool, a => a.All(x => !Cast.Empty(x))));
        t.Add(Variadic("any", [Any], Bool, a => a.Any(x => !Cast.Empty(x))));
        t.Add(Make("ternary", [Any, Any, Bool], Any, a => (bool)a[2]! ? a[0] : a[1]));
        t.Add(Make("typeOf", [Any], Str, a => Cast.TypeName(a[0])));
        t.Add(Make("typeIs", [Str, Any], Bool, a => (string)a[0]! == Cast.TypeName(a[1])));
        t.Add(Make("typeIsLike", [Str, Any], Bool, a => (string)a[0]! == Cast.TypeName(a[1]) || (string)a[0]! == "*" + Cast.TypeName(a[1])));
        t.Add(Make("kindOf", [Any], Str, a => KindName(a[0])));
        t.Add(Make("kindIs", [Str, Any], Bool, a => (string)a[0]! == KindName(a[1])));
        t.Add(Make("deepEqual", [Any, Any], Bool, a => SprigLists.DeepEqual(a[0], a[1])));
        t.Add(Make("deepCopy", [Any], Any, a => a[0] is null ? throw new TemplateFunctionException("reflect: call of reflect.Value.Type on zero Value") : DeepCopy(a[0], 0)));
        t.Add(Make("mustDeepCopy", [Any], Any, a => a[0] is null ? throw new TemplateFunctionException("reflect: call of reflect.Value.Type on zero Value") : DeepCopy(a[0], 0)));
    }

    public static string KindName(object? v) => GoTypes.Of(v)?.Kind switch
    {
        null => "invalid",
        GoKind.Pointer => "ptr",
        GoKind.Interface => "interface",
        var k => k.ToString()!.ToLowerInvariant(),
    };

    public static object? DeepCopy(object? v, int depth)
    {
        if (depth > 10_000)
        {
            throw new TemplateFunctionException("deepCopy: value nested too deeply");
        }

        switch (v)
        {
            case GoMap m:
                var copy = new GoMap(m.GoType);
                foreach (var (k, x) in m)
                {
                    copy[k] = DeepCopy(x, depth + 1);
                }

                copy.Origins = m.Origins is null ? null : new(m.Origins, StringComparer.Ordinal);
                return copy;
            case Dictionary<string, object?> d:
                return d.ToDictionary(p => p.Key, p => DeepCopy(p.Value, depth + 1), StringComparer.Ordinal);
            case Dictionary<string, string> s:
                return new Dictionary<string, string>(s, StringComparer.Ordinal);
            case string[] s:
                return s.ToArray();
            case long[] l:
                return l.ToArray();
            case object?[] l:
                return l.Select(x => DeepCopy(x, depth + 1)).ToArray();
            default:
                return v;
        }
    }
}
