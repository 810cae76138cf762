using System.Text.Json;

namespace Rampart.Loading;

/// <summary>Writes a positioned tree as JSON (a CRD's embedded schema for the schema compiler, a policy's parameters for export and docs).</summary>
public static class NodeJson
{
    public static byte[] ToUtf8(Node node)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true }))
        {
            Write(node, writer);
        }

        return stream.ToArray();
    }

    private static void Write(Node node, Utf8JsonWriter writer)
    {
        switch (node)
        {
            case MappingNode map:
                writer.WriteStartObject();
                foreach (var entry in map.Entries)
                {
                    if (entry.KeyText is { } key)
                    {
                        writer.WritePropertyName(key);
                        Write(entry.Value, writer);
                    }
                }

                writer.WriteEndObject();
                break;
            case SequenceNode list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    Write(item, writer);
                }

                writer.WriteEndArray();
                break;
            case ScalarNode scalar:
                WriteScalar(scalar, writer);
                break;
        }
    }

    private static void WriteScalar(ScalarNode scalar, Utf8JsonWriter writer)
    {
        switch (scalar.Kind)
        {
            case ScalarKind.Null:
                writer.WriteNullValue();
                break;
            case ScalarKind.Bool:
                writer.WriteBooleanValue(scalar.Bool);
                break;
            case ScalarKind.Int when scalar.IsUnsigned:
                writer.WriteNumberValue(scalar.UInt);
                break;
            case ScalarKind.Int:
                writer.WriteNumberValue(scalar.Int);
                break;
            case ScalarKind.Float when double.IsFinite(scalar.Float):
                writer.WriteNumberValue(scalar.Float);
                break;
            case ScalarKind.Float:
                writer.WriteNullValue();
                break;
            default:
                writer.WriteStringValue(scalar.Text);
                break;
        }
    }
}
