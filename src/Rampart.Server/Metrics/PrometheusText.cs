using System.Globalization;
using System.Text;
using Rampart.Configuration;
using Rampart.Server.Admission;
using Rampart.Server.Recording;

namespace Rampart.Server.Metrics;

/// <summary>Writes <see cref="ServerMetrics"/> in the Prometheus text exposition format (version 0.0.4).</summary>
internal static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static string Write(ServerMetrics metrics, AdmissionRecordQueue? records = null)
    {
        var text = new StringBuilder(4096);
        Header(text, "rampart_admission_request_duration_seconds", "histogram", "Time to answer a /validate request.");
        for (var i = 0; i <= ServerMetrics.Buckets.Length; i++)
        {
            var le = i < ServerMetrics.Buckets.Length ? Number(ServerMetrics.Buckets[i]) : "+Inf";
            text.Append("rampart_admission_request_duration_seconds_bucket{le=\"").Append(le).Append("\"} ").Append(metrics.CumulativeBucket(i)).Append('\n');
        }

        text.Append("rampart_admission_request_duration_seconds_sum ").Append(Number(metrics.DurationSumSeconds)).Append('\n');
        text.Append("rampart_admission_request_duration_seconds_count ").Append(metrics.DurationCount).Append('\n');

        Header(text, "rampart_admission_reviews_total", "counter", "Reviews answered, by outcome.");
        foreach (var outcome in Enum.GetValues<AdmissionOutcome>())
        {
            text.Append("rampart_admission_reviews_total{outcome=\"").Append(Label(Snake(outcome.ToString()))).Append("\"} ").Append(metrics.Outcome(outcome)).Append('\n');
        }

        Header(text, "rampart_admission_decisions_total", "counter", "Violated policies, by policy and action.");
        foreach (var ((policy, action), count) in metrics.Decisions.OrderBy(d => d.Key.Policy, StringComparer.Ordinal).ThenBy(d => d.Key.Action))
        {
            text.Append("rampart_admission_decisions_total{policy=\"").Append(Label(policy)).Append("\",action=\"").Append(Label(Snake(action.ToString()))).Append("\"} ").Append(count).Append('\n');
        }

        Header(text, "rampart_admission_evaluation_errors_total", "counter", "Policies that failed to evaluate, and reviews cut off by the time budget (policy=\"timeout\").");
        foreach (var (policy, count) in metrics.EvaluationErrors.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append("rampart_admission_evaluation_errors_total{policy=\"").Append(Label(policy)).Append("\"} ").Append(count).Append('\n');
        }

        Header(text, "rampart_admission_bad_requests_total", "counter", "Bodies refused with HTTP 400 (not a review, malformed, too large, too deep).");
        text.Append("rampart_admission_bad_requests_total ").Append(metrics.BadRequests).Append('\n');
        Header(text, "rampart_admission_in_flight_requests", "gauge", "/validate requests being answered.");
        text.Append("rampart_admission_in_flight_requests ").Append(metrics.InFlight).Append('\n');
        if (records is not null)
        {
            Header(text, "rampart_admission_records_total", "counter", "Decisions with findings handed to the recorder, by result (recorded, failed, dropped: the queue was full).");
            text.Append("rampart_admission_records_total{result=\"recorded\"} ").Append(records.Recorded).Append('\n');
            text.Append("rampart_admission_records_total{result=\"failed\"} ").Append(records.Failed).Append('\n');
            text.Append("rampart_admission_records_total{result=\"dropped\"} ").Append(records.Dropped).Append('\n');
        }

        return text.ToString();
    }

    private static void Header(StringBuilder text, string name, string type, string help) =>
        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append("\n# TYPE ").Append(name).Append(' ').Append(type).Append('\n');

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A label value with <c>\</c>, <c>"</c> and newlines escaped.</summary>
    private static string Label(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>An enum name as a label value: <c>NoPolicy</c> → <c>no_policy</c>.</summary>
    private static string Snake(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
