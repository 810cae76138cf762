using Rampart.Templates.Values;
using static Rampart.Templates.Functions.Fn;

namespace Rampart.Templates.Functions;

/// <summary>Sprig's dict functions, with mergo's merge semantics.</summary>
internal static class SprigDicts
{
    private static readonly GoType MapAny = GoTypes.MapOfAny;

    public static void AddTo(Dictionary<string, GoFunction> t)
    {
        t.Add(Variadic("dict", [Any], MapAny, Dict));
        t.Add(Make("get", [MapAny, Str], Any, a => D(a[0]) is { } d && d.TryGetValue((string)a[1]!, out var v) ? v : ""));
        t.Add(Make("set", [MapAny, Str, Any], MapAny, a => Set(a[0], (string)a[1]!, a[2])));
        t.Add(Make("unset", [MapAny, Str], MapAny, a => Unset(a[0], (string)a[1]!)));
        t.Add(Make("hasKey", [MapAny, Str], Bool, a => D(a[0])?.ContainsKey((string)a[1]!) == true));
        t.Add(Variadic("pluck", [Str, MapAny], GoTypes.SliceOfAny, a => a[1..].Select(D).Where(d => d is not null && d.ContainsKey((string)a[0]!)).Select(d => d![(string)a[0]!]).ToArray()));
        t.Add(Variadic("keys", [MapAny], GoTypes.SliceOfString, a => a.Select(D).Where(d => d is not null).SelectMany(d => d!.Keys).ToArray()));
        t.Add(Variadic("pick", [MapAny, Str], MapAny, a => Pick(a[0], a[1..].Cast<string>().ToHashSet(), true)));
        t.Add(Variadic("omit", [MapAny, Str], MapAny, a => Pick(a[0], a[1..].Cast<string>().ToHashSet(), false)));
        t.Add(Make("values", [MapAny], GoTypes.SliceOfAny, a => D(a[0])?.Values.ToArray() ?? []));
        t.Add(Variadic("merge", [MapAny, MapAny], Any, a => Merge(a, false)));
        t.Add(Variadic("mustMerge", [MapAny, MapAny], Any, a => Merge(a, false)));
        t.Add(Variadic("mergeOverwrite", [MapAny, MapAny], Any, a => Merge(a, true)));
        t.Add(Variadic("mustMergeOverwrite", [MapAny, MapAny], Any, a => Merge(a, true)));
        t.Add(Variadic("dig", [Any], Any, Dig));
    }

    public static IDictionary<string, object?>? D(object? v) => v as IDictionary<string, object?>;

    private static GoMap Dict(object?[] a)
    {
        var d = new GoMap();
        for (var i = 0; i < a.Length; i += 2)
        {
            d[Cast.Str(a[i])] = i + 1 < a.Length ? a[i + 1] : "";
        }

        return d;
    }

    private static object? Set(object? m, string key, object? value)
    {
        if (D(m) is not { } d)
        {
            throw new TemplateFunctionException("assignment to entry in nil map");
        }

        d[key] = value;
        return m;
    }

    private static object? Unset(object? m, string key)
    {
        D(m)?.Remove(key);
        return m;
    }

    private static GoMap Pick(object? m, HashSet<string> keys, bool keep)
    {
        var result = new GoMap();
        foreach (var (k, v) in D(m) ?? new Dictionary<string, object?>())
        {
            if (keys.Contains(k) == keep)
            {
                result[k] = v;
            }
        }

        return result;
    }

    private static object? Merge(object?[] a, bool overwrite)
    {
        var dst = D(a[0]);
        if (dst is null)
        {
            return a[0];
        }

        foreach (var src in a[1..])
        {
            if (D(src) is { } s)
            {
                MergeInto(dst, s, overwrite, 0);
            }
        }

        return a[0];
    }

    /// <summary>mergo.Merge (fill empty values) or mergo.Merge WithOverride (non-empty source values win), maps deeply.</summary>
    public static void MergeInto(IDictionary<string, object?> dst, IDictionary<string, object?> src, bool overwrite, int depth)
    {
        if (depth > 1000)
        {
            throw new TemplateFunctionException("merge: maps nested too deeply");
        }

        foreach (var (k, sv) in src)
        {
            if (!dst.TryGetValue(k, out var dv))
            {
                dst[k] = sv;
            }
            else if (D(dv) is { } dm && D(sv) is { } sm)
            {
                MergeInto(dm, sm, overwrite, depth + 1);
            }
            else if (overwrite || Cast.Empty(dv))
            {
                dst[k] = sv;
            }
        }
    }

    private static object? Dig(object?[] a)
    {
        if (a.Length < 3)
        {
            throw new TemplateFunctionException($"dig needs at least three arguments");
        }

        var def = a[^2];
        object? current = a[^1];
        foreach (var k in a[..^2])
        {
            if (GoTypes.Of(current) != GoTypes.MapOfAny)
            {
                throw new TemplateFunctionException($"interface conversion: interface {{}} is {(current is null ? "nil" : Cast.TypeName(current))}, not map[string]interface {{}}");
            }

            if (!D(current)!.TryGetValue(Cast.Str(k), out current))
            {
                return def;
            }
        }

        return current;
    }
}
