using Rampart.Cel.Functions;
using Rampart.Cel.Parsing;
using Rampart.Cel.Values;
using static Rampart.Cel.Libraries.Standard.StandardLibrary;

namespace Rampart.Cel.Libraries.Standard;

/// <summary><c>size</c>, <c>in</c>, indexing (<c>[]</c>, <c>[?]</c>) and the map accumulator of <c>transformMap</c>.</summary>
internal static class CollectionFunctions
{
    public static void Register(CelEnvironmentBuilder builder)
    {
        CelType i = CelType.Int, s = CelType.String, b = CelType.Bytes;
        builder.AddFunction("size", f => f
            .Global("size_string", s, i, x => CelInt.Of(((CelString)x).CodePointCount))
            .Global("size_bytes", b, i, x => CelInt.Of(((CelBytes)x).Length))
            .Global("size_list", ListOfA, i, x => CelInt.Of(((CelList)x).Count))
            .Global("size_map", MapOfKV, i, x => CelInt.Of(((CelMap)x).Count))
            .Member("string_size", s, i, x => CelInt.Of(((CelString)x).CodePointCount))
            .Member("bytes_size", b, i, x => CelInt.Of(((CelBytes)x).Length))
            .Member("list_size", ListOfA, i, x => CelInt.Of(((CelList)x).Count))
            .Member("map_size", MapOfKV, i, x => CelInt.Of(((CelMap)x).Count)));
        builder.AddFunction(Operators.In, f => f
            .Global("in_list", A, ListOfA, CelType.Bool, (x, list) => InList(x, (CelList)list), CelCallCost.PerSize(1, 1.0))
            .Global("in_map", K, MapOfKV, CelType.Bool, (x, map) => CelBool.Of(IsKeyType(x) && ((CelMap)map).ContainsKey(x))));
        builder.AddFunction(Operators.Index, f => f
            .Global("index_list", ListOfA, i, A, (list, index) => IndexList((CelList)list, ((CelInt)index).Value))
            .Global("index_map", MapOfKV, K, V, (map, key) => ((CelMap)map).TryGetValue(key, out var v) ? v : new CelError($"no such key: {CelDisplay.Format(key)}"))
            .Global("optional_index_list", CelType.Optional(ListOfA), i, CelType.Optional(A), OptionalIndex)
            .Global("optional_index_map", CelType.Optional(MapOfKV), K, CelType.Optional(V), OptionalIndex));
        builder.AddFunction(Operators.OptionalIndex, f => f
            .Global("optional_list_index_int", ListOfA, i, CelType.Optional(A), (list, index) =>
                ((CelInt)index).Value is var k && k >= 0 && k < ((CelList)list).Count ? CelOptional.Of(((CelList)list)[(int)k]) : CelOptional.None)
            .Global("optional_map_index_value", MapOfKV, K, CelType.Optional(V), (map, key) =>
                ((CelMap)map).TryGetValue(key, out var v) ? CelOptional.Of(v) : CelOptional.None)
            .Global("optional_list_optindex_optional_int", CelType.Optional(ListOfA), i, CelType.Optional(A), OptionalIndex)
            .Global("optional_map_optindex_optional_value", CelType.Optional(MapOfKV), K, CelType.Optional(V), OptionalIndex));
        builder.AddFunction(Operators.MapInsert, f => f
            .Global("cel_map_insert", [MapOfKV, K, V], MapOfKV, args => Insert((CelMap)args[0], args[1], args[2]))
            .Global("cel_map_insert_map", MapOfKV, MapOfKV, MapOfKV, (map, entries) => InsertAll((CelMap)map, (CelMap)entries)));
    }

    private static CelValue InsertAll(CelMap map, CelMap entries)
    {
        CelValue result = map;
        foreach (var key in entries.Keys)
        {
            entries.TryGetValue(key, out var value);
            result = Insert((CelMap)result, key, value);
            if (result is CelError)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>Indexing an optional: none stays none; a present list or map yields an optional element.</summary>
    private static CelValue OptionalIndex(CelValue optional, CelValue key)
    {
        var o = (CelOptional)optional;
        return !o.HasValue ? o : o.Value switch
        {
            CelList list when key is CelInt i => i.Value >= 0 && i.Value < list.Count ? CelOptional.Of(list[(int)i.Value]) : CelOptional.None,
            CelMap map => map.TryGetValue(key, out var v) ? CelOptional.Of(v) : CelOptional.None,
            _ => new CelError($"no such overload: {o.Value.Type.Name}[{key.Type.Name}]"),
        };
    }

    /// <summary>
    /// Whether <c>in</c> looks the value up: any value but bytes, which no map holds (a map literal of the Kubernetes
    /// environment may have null, double, timestamp... keys, as in cel-go; other maps simply find nothing).
    /// </summary>
    private static bool IsKeyType(CelValue value) => value is not CelBytes;

    private static CelBool InList(CelValue value, CelList list)
    {
        for (var k = 0; k < list.Count; k++)
        {
            if (list[k].CelEquals(value))
            {
                return CelBool.True;
            }
        }

        return CelBool.False;
    }

    private static CelValue IndexList(CelList list, long index) =>
        index >= 0 && index < list.Count ? list[(int)index] : new CelError($"index out of range: {index}");

    private static CelValue Insert(CelMap map, CelValue key, CelValue value)
    {
        if (map.ContainsKey(key))
        {
            return new CelError($"insert failed: key {CelDisplay.Format(key)} already exists");
        }

        var entries = new List<KeyValuePair<CelValue, CelValue>>();
        foreach (var k in map.Keys)
        {
            map.TryGetValue(k, out var v);
            entries.Add(new(k, v));
        }

        entries.Add(new(key, value));
        return CelMap.Of(entries);
    }
}
