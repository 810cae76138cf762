using System.Globalization;
using Rampart.Cel.Values;

namespace Rampart.Cel.Tests.Conformance;

/// <summary>Decodes <c>cel.expr.Value</c> and <c>cel.expr.Type</c> messages, and compares results strictly.</summary>
internal static class ConformanceValues
{
    /// <summary>The value, or null when it needs protobuf message types (objects, enums).</summary>
    public static CelValue? Decode(TextMessage value)
    {
        foreach (var (name, content) in value.Fields)
        {
            var scalar = content as TextScalar;
            var message = content as TextMessage;
            switch (name)
            {
                case "null_value": return CelNull.Instance;
                case "bool_value": return CelBool.Of(scalar!.Raw is "true" or "True");
                case "int64_value": return CelInt.Of(long.Parse(scalar!.Raw, CultureInfo.InvariantCulture));
                case "uint64_value": return CelUInt.Of(ulong.Parse(scalar!.Raw, CultureInfo.InvariantCulture));
                case "double_value": return CelDouble.Of(ParseDouble(scalar!.Raw));
                case "string_value": return CelString.Of(scalar!.Text);
                case "bytes_value": return CelBytes.Of(scalar!.Bytes ?? []);
                case "type_value": return TypeByName(scalar!.Text);
                case "list_value": return DecodeList(message!);
                case "map_value": return DecodeMap(message!);
                case "object_value": return DecodeWellKnown(message!);
                default: return null;
            }
        }

        return null;
    }

    /// <summary>Durations and timestamps packed in an Any; any other message needs protobuf.</summary>
    private static CelValue? DecodeWellKnown(TextMessage any)
    {
        if (any.Fields.Count != 1 || any.Fields[0].Value is not TextMessage body)
        {
            return null;
        }

        var seconds = long.Parse(body.String("seconds") ?? "0", CultureInfo.InvariantCulture);
        var nanos = int.Parse(body.String("nanos") ?? "0", CultureInfo.InvariantCulture);
        return any.Fields[0].Key switch
        {
            "[type.googleapis.com/google.protobuf.Duration]" => CelDuration.FromNanoseconds(((Int128)seconds * 1_000_000_000) + nanos),
            "[type.googleapis.com/google.protobuf.Timestamp]" => CelTimestamp.FromSeconds(seconds, nanos),
            _ => null,
        };
    }

    private static CelList? DecodeList(TextMessage list)
    {
        var items = new List<CelValue>();
        foreach (var item in list.Messages("values"))
        {
            if (Decode(item) is not { } v)
            {
                return null;
            }

            items.Add(v);
        }

        return CelList.Wrap([.. items]);
    }

    private static CelMap? DecodeMap(TextMessage map)
    {
        var entries = new List<KeyValuePair<CelValue, CelValue>>();
        foreach (var entry in map.Messages("entries"))
        {
            if (entry.Message("key") is not { } k || Decode(k) is not { } key || entry.Message("value") is not { } v || Decode(v) is not { } value)
            {
                return null;
            }

            entries.Add(new(key, value));
        }

        return CelMap.Of(entries);
    }

    private static double ParseDouble(string raw) => raw.ToLowerInvariant() switch
    {
        "inf" or "infinity" => double.PositiveInfinity,
        "-inf" or "-infinity" => double.NegativeInfinity,
        "nan" => double.NaN,
        _ => double.Parse(raw.TrimEnd('f', 'F'), NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static CelType TypeByName(string name) => name switch
    {
        "int" => CelType.Int,
        "uint" => CelType.UInt,
        "double" => CelType.Double,
        "bool" => CelType.Bool,
        "string" => CelType.String,
        "bytes" => CelType.Bytes,
        "null_type" => CelType.Null,
        "type" => CelType.TypeType,
        "list" => CelType.ListOfDyn,
        "map" => CelType.MapOfDyn,
        "google.protobuf.Timestamp" => CelType.Timestamp,
        "google.protobuf.Duration" => CelType.Duration,
        "optional_type" => CelType.OptionalOfDyn,
        _ => CelType.Opaque(name),
    };

    /// <summary>The type, or null when it needs protobuf message types.</summary>
    public static CelType? DecodeType(TextMessage type)
    {
        foreach (var (name, content) in type.Fields)
        {
            var scalar = content as TextScalar;
            var message = content as TextMessage;
            switch (name)
            {
                case "dyn": return CelType.Dyn;
                case "null": return CelType.Null;
                case "error": return CelType.Error;
                case "type_param": return CelType.TypeParam(scalar!.Text);
                case "primitive":
                    return scalar!.Raw switch
                    {
                        "BOOL" => CelType.Bool,
                        "INT64" => CelType.Int,
                        "UINT64" => CelType.UInt,
                        "DOUBLE" => CelType.Double,
                        "STRING" => CelType.String,
                        "BYTES" => CelType.Bytes,
                        _ => null,
                    };
                case "well_known":
                    return scalar!.Raw switch
                    {
                        "TIMESTAMP" => CelType.Timestamp,
                        "DURATION" => CelType.Duration,
                        _ => null,
                    };
                case "message_type":
                    return scalar!.Text switch
                    {
                        "google.protobuf.Timestamp" => CelType.Timestamp,
                        "google.protobuf.Duration" => CelType.Duration,
                        _ => null,
                    };
                case "list_type":
                    return message!.Message("elem_type") is { } elem && DecodeType(elem) is { } e ? CelType.List(e) : null;
                case "map_type":
                    return message!.Message("key_type") is { } kt && DecodeType(kt) is { } k
                        && message.Message("value_type") is { } vt && DecodeType(vt) is { } v ? CelType.Map(k, v) : null;
                case "type":
                    return message!.Fields.Count == 0 ? CelType.TypeType : DecodeType(message) is { } t ? CelType.TypeOf(t) : null;
                case "abstract_type":
                    var parameters = message!.Messages("parameter_types").Select(DecodeType).ToList();
                    if (parameters.Any(p => p is null))
                    {
                        return null;
                    }

                    return message.String("name") == "optional_type" && parameters.Count == 1
                        ? CelType.Optional(parameters[0]!)
                        : CelType.Opaque(message.String("name") ?? string.Empty, [.. parameters!]);
                default:
                    return null;
            }
        }

        return CelType.Dyn;
    }

    /// <summary>
    /// Strict equality for expected results: the same kind (1 and 1u differ), NaN matches NaN, maps ignore
    /// order, types compare by name.
    /// </summary>
    public static bool Matches(CelValue expected, CelValue actual)
    {
        switch (expected, actual)
        {
            case (CelDouble e, CelDouble a):
                return (double.IsNaN(e.Value) && double.IsNaN(a.Value)) || e.Value == a.Value;
            case (CelList e, CelList a):
                if (e.Count != a.Count)
                {
                    return false;
                }

                for (var i = 0; i < e.Count; i++)
                {
                    if (!Matches(e[i], a[i]))
                    {
                        return false;
                    }
                }

                return true;
            case (CelMap e, CelMap a):
                if (e.Count != a.Count)
                {
                    return false;
                }

                foreach (var key in e.Keys)
                {
                    var actualKey = a.Keys.FirstOrDefault(k => k.GetType() == key.GetType() && k.CelEquals(key));
                    if (actualKey is null || !e.TryGetValue(key, out var ev) || !a.TryGetValue(actualKey, out var av) || !Matches(ev, av))
                    {
                        return false;
                    }
                }

                return true;
            case (CelType e, CelType a):
                return e.Name == a.Name;
            default:
                return expected.GetType() == actual.GetType() && expected.CelEquals(actual);
        }
    }
}
