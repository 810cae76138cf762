using System.Collections;
using System.Text.Json;
using Rampart.Cel.Values;

namespace Rampart.Cel.Adapters;

/// <summary>
/// Presents plain .NET values as CEL values without copying collections: dictionaries with string keys
/// become maps, lists and arrays become lists, <see cref="JsonElement"/> objects and arrays become maps and
/// lists, and primitives become the matching CEL values. A value of an unsupported type becomes an error
/// value naming the type.
/// </summary>
public static class CelAdapter
{
    public static CelValue From(object? value) => value switch
    {
        null => CelNull.Instance,
        CelValue v => v,
        string s => CelString.Of(s),
        IReadOnlyDictionary<string, object?> map => new ReadOnlyDictionaryMap(map),
        IReadOnlyList<object?> list => new ReadOnlyListAdapter(list),
        bool b => CelBool.Of(b),
        long l => CelInt.Of(l),
        int i => CelInt.Of(i),
        short s => CelInt.Of(s),
        sbyte s => CelInt.Of(s),
        byte b => CelInt.Of(b),
        ulong u => CelUInt.Of(u),
        uint u => CelUInt.Of(u),
        ushort u => CelUInt.Of(u),
        double d => CelDouble.Of(d),
        float f => CelDouble.Of(f),
        decimal m => CelDouble.Of((double)m),
        byte[] bytes => CelBytes.Of(bytes),
        DateTimeOffset t => CelTimestamp.FromDateTimeOffset(t),
        DateTime t => CelTimestamp.FromDateTimeOffset(new DateTimeOffset(DateTime.SpecifyKind(t, t.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : t.Kind))),
        TimeSpan t => CelDuration.FromTimeSpan(t),
        JsonElement e => FromJson(e),
        IDictionary map => new DictionaryMap(map),
        IList list => new ListAdapter(list),
        IEnumerable sequence => FromSequence(sequence),
        _ => new CelError($"unsupported value type '{value.GetType().FullName}'"),
    };

    /// <summary>A JSON element as a CEL value; objects and arrays are read in place.</summary>
    public static CelValue FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new JsonObjectMap(element),
        JsonValueKind.Array => new JsonArrayList(element),
        JsonValueKind.String => CelString.Of(element.GetString()!),
        JsonValueKind.Number => FromJsonNumber(element),
        JsonValueKind.True => CelBool.True,
        JsonValueKind.False => CelBool.False,
        JsonValueKind.Null => CelNull.Instance,
        _ => new CelError("undefined JSON value"),
    };

    /// <summary>
    /// As the API server decodes JSON: an integer in the int64 range is an int, any other number (a fraction, an
    /// exponent, an integer beyond int64 such as 18446744073709551615) a double. JSON has no unsigned integers.
    /// </summary>
    private static CelValue FromJsonNumber(JsonElement element) =>
        element.TryGetInt64(out var l) ? CelInt.Of(l) : CelDouble.Of(element.GetDouble());

    private static CelList FromSequence(IEnumerable sequence)
    {
        var items = new List<CelValue>();
        foreach (var item in sequence)
        {
            items.Add(From(item));
        }

        return CelList.Wrap([.. items]);
    }
}
