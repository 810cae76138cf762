using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Rampart.Cel.Interop;
using Rampart.Cel.Values;

namespace Rampart.Policies.Batch;

/// <summary>
/// The result line of one case: <c>{"id", "kind", "value"}</c> for a value (typed, see <see cref="TypedJson"/>),
/// <c>{"id", "kind", "error"}</c> otherwise. <paramref name="Id"/> is the case's <c>id</c> as JSON text, copied as it
/// came; null when the line had none. The written <c>kind</c> is one of the three a conformance tool reads,
/// <c>value</c>, <c>compile</c> and <c>eval</c>: a line that is not a case and a defect of Rampart are evaluations
/// that failed, written as <c>eval</c> with an error that says which (<c>input: ...</c>, <c>internal: ...</c>) and
/// a <c>cause</c> field, so that no reader takes them for a value or a compile error.
/// </summary>
public sealed record PolicyBatchResult(string? Id, PolicyBatchKind Kind, CelValue? Value, string? Error)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static PolicyBatchResult Failed(string? id, PolicyBatchKind kind, string error) => new(id, kind, null, error);

    /// <summary>The written <c>kind</c>: <c>value</c>, <c>compile</c> or <c>eval</c>.</summary>
    public string KindName => Kind switch
    {
        PolicyBatchKind.Value => "value",
        PolicyBatchKind.Compile => "compile",
        _ => "eval",
    };

    /// <summary>Why an <c>eval</c> result has no evaluation behind it: <c>input</c>, <c>internal</c>, or null.</summary>
    public string? Cause => Kind switch
    {
        PolicyBatchKind.Input => "input",
        PolicyBatchKind.Internal => "internal",
        _ => null,
    };

    public void Write(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WritePropertyName("id");
        if (Id is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteRawValue(Id, skipInputValidation: true);
        }

        writer.WriteString("kind", KindName);
        if (Value is not null)
        {
            writer.WritePropertyName("value");
            TypedJson.Write(writer, Value);
        }
        else if (Cause is { } cause)
        {
            writer.WriteString("error", $"{cause}: {Error}");
            writer.WriteString("cause", cause);
        }
        else
        {
            writer.WriteString("error", Error ?? string.Empty);
        }

        writer.WriteEndObject();
    }

    /// <summary>The result as one line of JSON, without the line break.</summary>
    public string ToJsonLine()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            Write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
