using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Rampart.Store.Queries;

namespace Rampart.Store.Export;

/// <summary>
/// A stored finding as an Elastic Common Schema document: <c>@timestamp</c> (last seen), <c>ecs.version</c>,
/// <c>event.*</c> (kind <c>state</c>; category <c>vulnerability</c> or <c>configuration</c>; outcome <c>failure</c> while
/// open, <c>success</c> once fixed, else <c>unknown</c>), <c>message</c>, <c>rule.*</c>, <c>vulnerability.*</c>,
/// <c>file.path</c>, <c>labels</c> (repository, branch) and <c>rampart.*</c> for what ECS has no field for.
/// </summary>
public static class EcsDocument
{
    public const string EcsVersion = "8.11.0";

    /// <summary>The document id: stable for a finding of a repository and branch, so that exporting again replaces it.</summary>
    public static string Id(StoredFinding finding) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{finding.Repository}\n{finding.Branch}\n{finding.Fingerprint}")))[..40];

    public static void Write(Utf8JsonWriter json, StoredFinding f)
    {
        json.WriteStartObject();
        json.WriteString("@timestamp", f.LastSeen);
        json.WriteStartObject("ecs");
        json.WriteString("version", EcsVersion);
        json.WriteEndObject();

        json.WriteStartObject("event");
        json.WriteString("kind", "state");
        Strings(json, "category", f.Category is "vulnerability" or "image" ? "vulnerability" : "configuration");
        Strings(json, "type", "info");
        json.WriteString("outcome", StoreValues.OpenStatuses.Contains(f.Status) ? "failure" : f.Status == "fixed" ? "success" : "unknown");
        json.WriteString("created", f.FirstSeen);
        json.WriteString("dataset", "rampart.findings");
        json.WriteEndObject();

        json.WriteString("message", f.Message);
        json.WriteStartObject("rule");
        json.WriteString("id", f.RuleId);
        json.WriteString("name", f.Title);
        json.WriteString("category", f.Category);
        json.WriteString("ruleset", "rampart");
        json.WriteEndObject();

        json.WriteStartObject("vulnerability");
        json.WriteString("id", f.RuleId);
        if (Cve(f.RuleId) is not null)
        {
            json.WriteString("enumeration", "CVE");
        }

        Strings(json, "category", f.Category);
        json.WriteString("severity", f.Severity);
        json.WriteString("description", f.Message);
        json.WriteStartObject("scanner");
        json.WriteString("vendor", "Rampart");
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("file");
        json.WriteString("path", f.Path);
        json.WriteEndObject();

        json.WriteStartObject("labels");
        json.WriteString("repository", f.Repository);
        json.WriteString("branch", f.Branch);
        json.WriteEndObject();

        json.WriteStartObject("rampart");
        json.WriteNumber("id", f.Id);
        json.WriteString("fingerprint", f.Fingerprint);
        json.WriteString("repository", f.Repository);
        json.WriteString("branch", f.Branch);
        Number(json, "line", f.Line);
        Number(json, "column", f.Column);
        json.WriteString("status", f.Status);
        Text(json, "status_reason", f.StatusReason);
        Text(json, "responsibility", f.Responsibility);
        json.WriteStartArray("owners");
        foreach (var owner in f.Owners)
        {
            json.WriteStringValue(owner);
        }

        json.WriteEndArray();
        json.WriteString("first_seen", f.FirstSeen);
        json.WriteString("last_seen", f.LastSeen);
        Time(json, "fixed_at", f.FixedAt);
        Time(json, "sla_due", f.SlaDue);
        json.WriteBoolean("overdue", f.Overdue);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The rule id when it is a CVE id (vulnerability findings of the advisory database), else null.</summary>
    public static string? Cve(string ruleId) => ruleId.StartsWith("CVE-", StringComparison.OrdinalIgnoreCase) ? ruleId.ToUpperInvariant() : null;

    private static void Strings(Utf8JsonWriter json, string name, string value)
    {
        json.WriteStartArray(name);
        json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } n)
        {
            json.WriteNumber(name, n);
        }
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void Time(Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } t)
        {
            json.WriteString(name, t);
        }
    }
}
