using Rampart.Templates.Values;
using static Rampart.Templates.Functions.Fn;

namespace Rampart.Templates.Functions;

/// <summary>Sprig's list functions (the must variants return the error, the others raise it).</summary>
internal static class SprigLists
{
    private static readonly GoType AnyList = GoTypes.SliceOfAny;

    public static void AddTo(Dictionary<string, GoFunction> t)
    {
        t.Add(Variadic("list", [Any], AnyList, a => a.ToArray()));
        t.Add(Variadic("tuple", [Any], AnyList, a => a.ToArray()));
        Both(t, "append", [Any, Any], AnyList, a => (object?[])[.. Items(a[0], "Cannot push on type {0}"), a[1]]);
        Both(t, "push", [Any, Any], AnyList, a => (object?[])[.. Items(a[0], "Cannot push on type {0}"), a[1]]);
        Both(t, "prepend", [Any, Any], AnyList, a => (object?[])[a[1], .. Items(a[0], "Cannot prepend on type {0}")]);
        Both(t, "first", [Any], Any, a => Items(a[0], "Cannot find first on type {0}") is { Length: > 0 } l ? l[0] : null);
        Both(t, "last", [Any], Any, a => Items(a[0], "Cannot find last on type {0}") is { Length: > 0 } l ? l[^1] : null);
        Both(t, "rest", [Any], AnyList, a => Items(a[0], "Cannot find rest on type {0}") is { Length: > 0 } l ? l[1..] : null);
        Both(t, "initial", [Any], AnyList, a => Items(a[0], "Cannot find initial on type {0}") is { Length: > 0 } l ? l[..^1] : null);
        Both(t, "reverse", [Any], AnyList, a => Items(a[0], "Cannot find reverse on type {0}").Reverse().ToArray());
        Both(t, "uniq", [Any], AnyList, a => Uniq(Items(a[0], "Cannot find uniq on type {0}")));
        Both(t, "compact", [Any], AnyList, a => Items(a[0], "Cannot compact on type {0}").Where(x => !Cast.Empty(x)).ToArray());
        t.Add(Variadic("without", [Any, Any], AnyList, a => Items(a[0], "Cannot find without on type {0}").Where(x => !a[1..].Any(o => DeepEqual(o, x))).ToArray()));
        t.Add(Variadic("mustWithout", [Any, Any], AnyList, a => Items(a[0], "Cannot find without on type {0}").Where(x => !a[1..].Any(o => DeepEqual(o, x))).ToArray()));
        t.Add(Make("has", [Any, Any], Bool, a => Cast.List(a[1]) is { } l && l.Cast<object?>().Any(x => DeepEqual(x, a[0]))));
        t.Add(Make("mustHas", [Any, Any], Bool, a => Items(a[1], "Cannot find has on type {0}").Any(x => DeepEqual(x, a[0]))));
        t.Add(Variadic("slice", [Any, Any], Any, a => Slice(a[0], a[1..])));
        t.Add(Variadic("mustSlice", [Any, Any], Any, a => Slice(a[0], a[1..])));
        t.Add(Variadic("concat", [Any], Any, a => a.SelectMany(l => Items(l, "Cannot concat type {0} as list")).ToArray()));
        Both(t, "chunk", [Int, Any], GoTypes.SliceOf(AnyList), a => Chunk((long)a[0]!, Items(a[1], "Cannot chunk type {0}")));
        t.Add(Make("until", [Int], GoTypes.SliceOfInt, a => UntilStep(0, (long)a[0]!, (long)a[0]! >= 0 ? 1 : -1)));
        t.Add(Make("untilStep", [Int, Int, Int], GoTypes.SliceOfInt, a => UntilStep((long)a[0]!, (long)a[1]!, (long)a[2]!)));
        t.Add(Variadic("seq", [Int], Str, a => Seq(a.Select(x => (long)x!).ToArray())));
    }

    private static void Both(Dictionary<string, GoFunction> t, string name, GoType[] p, GoType r, Func<object?[], object?> body)
    {
        t.Add(Make(name, p, r, body));
        t.Add(Make("must" + char.ToUpperInvariant(name[0]) + name[1..], p, r, body));
    }

    private static object?[] Items(object? v, string name)
    {
        if (Cast.List(v) is { } list)
        {
            var result = new object?[list.Count];
            list.CopyTo(result, 0);
            return result;
        }

        if (v is null)
        {
            throw new TemplateFunctionException("runtime error: invalid memory address or nil pointer dereference");
        }

        throw new TemplateFunctionException(string.Format(System.Globalization.CultureInfo.InvariantCulture, name, SprigTypes.KindName(v)));
    }

    private static object?[] Uniq(object?[] l)
    {
        var result = new List<object?>();
        foreach (var x in l)
        {
            if (!result.Any(r => DeepEqual(r, x)))
            {
                result.Add(x);
            }
        }

        return [.. result];
    }

    public static bool DeepEqual(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (GoTypes.Of(a) != GoTypes.Of(b))
        {
            return false;
        }

        if (Cast.List(a) is { } la && Cast.List(b) is { } lb)
        {
            return la.Count == lb.Count && Enumerable.Range(0, la.Count).All(i => DeepEqual(la[i], lb[i]));
        }

        if (a is System.Collections.IDictionary da && b is System.Collections.IDictionary db)
        {
            return da.Count == db.Count && da.Keys.Cast<object>().All(k => db.Contains(k) && DeepEqual(da[k], db[k]));
        }

        return Equals(a, b);
    }

    private static object? Slice(object? list, object?[] indices)
    {
        var l = Items(list, "list should be type of slice or array but {0}");
        var from = indices.Length > 0 ? (int)Cast.ToInt64(indices[0]) : 0;
        var to = indices.Length > 1 ? (int)Cast.ToInt64(indices[1]) : l.Length;
        if (from < 0 || to > l.Length || from > to)
        {
            throw new TemplateFunctionException("reflect.Value.Slice: slice index out of bounds");
        }

        return list is string[] s ? s[from..to] : l[from..to];
    }

    private static object?[][] Chunk(long size, object?[] l)
    {
        if (size <= 0)
        {
            throw new TemplateFunctionException("runtime error: makeslice: len out of range");
        }

        return l.Chunk((int)Math.Min(size, int.MaxValue)).Select(c => (object?[])c).ToArray();
    }

    private static long[] UntilStep(long start, long stop, long step)
    {
        if (step == 0 || (step > 0 && start >= stop) || (step < 0 && start <= stop))
        {
            return [];
        }

        var count = (stop - start + step + (step > 0 ? -1 : 1)) / step;
        if (count > 10_000_000)
        {
            throw new TemplateFunctionException($"list of {count} elements is over the limit");
        }

        var result = new long[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = start + (i * step);
        }

        return result;
    }

    private static string Seq(long[] p)
    {
        var (start, stop, step) = p.Length switch
        {
            0 => (0L, 0L, 0L),
            1 => (1L, p[0], p[0] >= 1 ? 1L : -1L),
            2 => (p[0], p[1], p[1] >= p[0] ? 1L : -1L),
            _ => (p[0], p[2], p[1]),
        };
        if (p.Length == 0 || (p.Length == 3 && (step == 0 || (step > 0 && stop < start) || (step < 0 && stop > start))))
        {
            return "";
        }

        var items = new List<string>();
        for (var v = start; step > 0 ? v <= stop : v >= stop; v += step)
        {
            items.Add(v.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (items.Count > 10_000_000)
            {
                throw new TemplateFunctionException("seq is over the limit");
            }
        }

        return string.Join(' ', items);
    }
}
