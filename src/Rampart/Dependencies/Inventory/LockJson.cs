using System.Text;
using System.Text.Json;

namespace Rampart.Dependencies.Inventory;

/// <summary>
/// Reads JSON with System.Text.Json into a <see cref="LockNode"/> tree whose nodes know their line. Malformed JSON
/// throws <see cref="LockfileFormatException"/> with the line the reader stopped at.
/// </summary>
internal static class LockJson
{
    private const int MaxDepth = 256;

    /// <summary>Parses a lockfile whose document must be a JSON object; <paramref name="format"/> names it in the error.</summary>
    public static LockNode ParseObject(ReadOnlyMemory<byte> content, string format)
    {
        var root = Parse(content);
        return root.IsObject ? root : throw new LockfileFormatException(root.Line, $"a {format} is a JSON object");
    }

    public static LockNode Parse(ReadOnlyMemory<byte> content)
    {
        var bytes = content.Span;
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            content = content[3..];
        }

        var reader = new Utf8JsonReader(content.Span, new JsonReaderOptions
        {
            MaxDepth = MaxDepth,
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        var lines = new LineCounter(content);
        try
        {
            if (!reader.Read())
            {
                throw new LockfileFormatException(1, "the file is empty: a JSON document was expected");
            }

            var root = ReadValue(ref reader, lines);
            if (reader.Read())
            {
                throw new LockfileFormatException(lines.LineAt(reader.TokenStartIndex), "unexpected content after the JSON document");
            }

            return root;
        }
        catch (JsonException e)
        {
            throw new LockfileFormatException((int)(e.LineNumber ?? 0) + 1, "invalid JSON: " + FirstSentence(e.Message));
        }
    }

    private static LockNode ReadValue(ref Utf8JsonReader reader, LineCounter lines)
    {
        var line = lines.LineAt(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<KeyValuePair<string, LockNode>>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    properties.Add(new(name, ReadValue(ref reader, lines)));
                }

                return new LockNode(JsonValueKind.Object, line) { Properties = properties };
            case JsonTokenType.StartArray:
                var items = new List<LockNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines));
                }

                return new LockNode(JsonValueKind.Array, line) { Items = items };
            case JsonTokenType.String:
                return new LockNode(JsonValueKind.String, line) { Text = reader.GetString() };
            case JsonTokenType.Number:
                return new LockNode(JsonValueKind.Number, line) { Text = Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
                return new LockNode(JsonValueKind.True, line) { Text = "true" };
            case JsonTokenType.False:
                return new LockNode(JsonValueKind.False, line) { Text = "false" };
            default:
                return new LockNode(JsonValueKind.Null, line);
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return end > 0 ? message[..end].TrimEnd('.', ' ') : message;
    }
}
