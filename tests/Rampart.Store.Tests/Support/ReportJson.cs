using System.Text;
using System.Text.Json;

namespace Rampart.Store.Tests.Support;

/// <summary>Writes a JSON report in the documented format with the findings a test describes (the fields the store reads).</summary>
internal sealed class ReportJson
{
    private readonly List<Dictionary<string, object?>> findings = [];
    private readonly List<Dictionary<string, object?>> teams = [];
    private string startedAt = "2026-01-01T00:00:00.000Z";

    public ReportJson Finding(string fingerprint, string severity = "high", string status = "open", string[]? owners = null,
        string category = "misconfiguration", string message = "Container \"app\" runs privileged", string ruleId = "RMP-PSS-003", string path = "deploy/web.yaml")
    {
        findings.Add(new()
        {
            ["ruleId"] = ruleId, ["aliases"] = Array.Empty<string>(), ["category"] = category, ["severity"] = severity,
            ["title"] = "Privileged container", ["message"] = message, ["path"] = path, ["line"] = 24, ["column"] = 13,
            ["endLine"] = null, ["endColumn"] = null, ["fieldPath"] = null, ["resource"] = null, ["origin"] = null, ["package"] = null,
            ["owners"] = owners ?? Array.Empty<string>(), ["responsibility"] = "platform", ["status"] = status,
            ["statusReason"] = status == "open" ? null : "accepted", ["change"] = null, ["fingerprint"] = fingerprint,
            ["remediation"] = null, ["helpUri"] = null,
        });
        return this;
    }

    public ReportJson Team(string team, params string[] handles)
    {
        teams.Add(new() { ["team"] = team, ["handles"] = handles, ["failOn"] = "high", ["openFindings"] = 0, ["findingsOverThreshold"] = 0, ["passed"] = true });
        return this;
    }

    /// <summary>Another run of the same scan: only the start time differs, so the bytes (and the report's hash) do.</summary>
    public ReportJson StartedAt(string when)
    {
        startedAt = when;
        return this;
    }

    public byte[] Bytes() => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["schemaVersion"] = "1.3.0",
        ["tool"] = new Dictionary<string, object?> { ["name"] = "rampart", ["version"] = "0.1.0" },
        ["target"] = ".",
        ["startedAt"] = startedAt,
        ["durationMs"] = 10,
        ["gate"] = new Dictionary<string, object?> { ["passed"] = true, ["failOn"] = "high", ["teams"] = teams },
        ["findings"] = findings,
    }));

    public Ingest.IncomingReport Read()
    {
        var (report, error) = Ingest.ReportReader.Read(Bytes());
        Assert.Null(error);
        return report!;
    }
}
