using System.Buffers;
using System.Text.Json;
using Rampart.Dependencies.Osv;

namespace Rampart.Dependencies.Database;

/// <summary>
/// The compact JSON the database keeps for a record's <c>affected</c> entries, and for its string lists: arrays only,
/// no field names. An entry is <c>[ecosystem, name, [[type, [kind, version, kind, version, …]], …], [version, …]]</c>.
/// </summary>
internal static class AffectedCodec
{
    public static byte[] Write(IReadOnlyList<OsvAffected> affected, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var entry in affected)
            {
                json.WriteStartArray();
                json.WriteStringValue(entry.Ecosystem);
                json.WriteStringValue(entry.Name);
                json.WriteStartArray();
                foreach (var range in entry.Ranges)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(range.Type);
                    json.WriteStartArray();
                    foreach (var e in range.Events)
                    {
                        json.WriteStringValue(e.Kind);
                        json.WriteStringValue(e.Version);
                    }

                    json.WriteEndArray();
                    json.WriteEndArray();
                }

                json.WriteEndArray();
                WriteStrings(json, entry.Versions);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static string WriteStrings(IReadOnlyList<string> values)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            WriteStrings(json, values);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static List<OsvAffected> ReadAffected(ReadOnlySpan<byte> data)
    {
        var reader = new Utf8JsonReader(data);
        var list = new List<OsvAffected>();
        Expect(ref reader, JsonTokenType.StartArray);
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            var ecosystem = NextString(ref reader);
            var name = NextString(ref reader);
            var ranges = new List<OsvRange>();
            Expect(ref reader, JsonTokenType.StartArray);
            while (Next(ref reader) != JsonTokenType.EndArray)
            {
                var type = NextString(ref reader);
                var events = new List<OsvEvent>();
                Expect(ref reader, JsonTokenType.StartArray);
                while (Next(ref reader) != JsonTokenType.EndArray)
                {
                    var kind = reader.GetString()!;
                    events.Add(new OsvEvent(kind, NextString(ref reader)));
                }

                Expect(ref reader, JsonTokenType.EndArray);
                ranges.Add(new OsvRange(type, events));
            }

            Expect(ref reader, JsonTokenType.StartArray);
            var versions = ReadRest(ref reader);
            Expect(ref reader, JsonTokenType.EndArray);
            list.Add(new OsvAffected(ecosystem, name, ranges, versions));
        }

        return list;
    }

    /// <summary>A string list as <see cref="WriteStrings(IReadOnlyList{string})"/> wrote it, read from its UTF-8.</summary>
    public static List<string> ReadStrings(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return [];
        }

        var reader = new Utf8JsonReader(data);
        Expect(ref reader, JsonTokenType.StartArray);
        return ReadRest(ref reader);
    }

    private static void WriteStrings(Utf8JsonWriter json, IReadOnlyList<string> values)
    {
        json.WriteStartArray();
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>The strings up to the end of the array whose start was just read.</summary>
    private static List<string> ReadRest(ref Utf8JsonReader reader)
    {
        var values = new List<string>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            values.Add(reader.GetString()!);
        }

        return values;
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new InvalidDataException("the database's compact record ends early");

    private static string NextString(ref Utf8JsonReader reader) =>
        Next(ref reader) == JsonTokenType.String ? reader.GetString()! : throw new InvalidDataException("the database's compact record is malformed");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (Next(ref reader) != type)
        {
            throw new InvalidDataException("the database's compact record is malformed");
        }
    }
}
