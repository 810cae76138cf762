using System.Buffers;
using System.Text.Json;

namespace Rampart.Server.Admission;

/// <summary>
/// Writes the <c>admission.k8s.io/v1</c> AdmissionReview answer: <c>response.uid</c> copied from the request,
/// <c>allowed</c>, on a denial <c>status</c> (code 403, reason Forbidden, the message), <c>warnings</c> and
/// <c>auditAnnotations</c> when there are any. A validating webhook sends no patch.
/// </summary>
internal static class ReviewResponseWriter
{
    public static void Write(IBufferWriter<byte> output, string uid, AdmissionDecision decision)
    {
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        writer.WriteString("apiVersion", ReviewReader.ApiVersion);
        writer.WriteString("kind", ReviewReader.Kind);
        writer.WriteStartObject("response");
        writer.WriteString("uid", uid);
        writer.WriteBoolean("allowed", decision.Allowed);
        if (!decision.Allowed)
        {
            writer.WriteStartObject("status");
            writer.WriteNumber("code", 403);
            writer.WriteString("reason", "Forbidden");
            writer.WriteString("message", decision.Message ?? "denied by Rampart");
            writer.WriteEndObject();
        }

        if (decision.Warnings.Count > 0)
        {
            writer.WriteStartArray("warnings");
            foreach (var warning in decision.Warnings)
            {
                writer.WriteStringValue(warning);
            }

            writer.WriteEndArray();
        }

        if (decision.AuditAnnotations.Count > 0)
        {
            writer.WriteStartObject("auditAnnotations");
            foreach (var (key, value) in decision.AuditAnnotations)
            {
                writer.WriteString(key, value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
