using System.Text.Json;

namespace Rampart.Gate;

/// <summary>
/// Where a part of a baseline file starts, for errors: the line (from 1, counting line feeds as JSON readers do) of
/// the root value or of one entry of <c>findings</c>. The file is known to be valid JSON when these are asked.
/// </summary>
internal static class BaselineLines
{
    /// <summary>The line of the root value.</summary>
    public static int OfRoot(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        return reader.Read() ? LineAt(json, reader.TokenStartIndex) : 1;
    }

    /// <summary>
    /// The line of <c>findings[index]</c> (of the last <c>findings</c> property, as <see cref="JsonElement"/> reads
    /// a repeated one), or of the root value when there is no such entry.
    /// </summary>
    public static int OfFinding(ReadOnlySpan<byte> json, int index)
    {
        var reader = new Utf8JsonReader(json);
        long? found = null;
        while (reader.Read())
        {
            if (reader is not { CurrentDepth: 1, TokenType: JsonTokenType.PropertyName } || !reader.ValueTextEquals("findings"u8))
            {
                continue;
            }

            reader.Read();
            found = null;
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                continue;
            }

            for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
            {
                found = i == index ? reader.TokenStartIndex : found;
                reader.Skip();
            }
        }

        return found is { } offset ? LineAt(json, offset) : OfRoot(json);
    }

    private static int LineAt(ReadOnlySpan<byte> json, long offset) => json[..(int)offset].Count((byte)'\n') + 1;
}
