using System.Text.Json.Nodes;
using Rampart.Findings;

namespace Rampart.Audit;

/// <summary>
/// The audit as <c>wgpolicyk8s.io/v1alpha2</c> reports: a PolicyReport per namespace and a ClusterPolicyReport for
/// cluster-scoped objects, each named <see cref="ReportName"/>. Every finding is a result (<c>fail</c>, or <c>skip</c>
/// when waived, baselined or suppressed) naming the policy, its severity and category, the resource (with its uid), and
/// as properties the Git path the object was traced to, its owners, or why it could not be traced. A namespace
/// without findings gets a report too, with an empty result list, so that an applied report clears when fixed.
/// </summary>
public static class PolicyReports
{
    public const string ApiVersion = "wgpolicyk8s.io/v1alpha2";
    public const string ReportName = "rampart-audit";
    public const string Source = "rampart";

    public static IReadOnlyList<JsonObject> Build(AuditResult audit, DateTimeOffset now)
    {
        var findings = audit.Report?.Findings ?? [];
        var byPath = audit.Objects.ToDictionary(o => o.Path, StringComparer.Ordinal);
        var scopes = audit.Objects.Select(o => o.Kind.Namespaced ? o.Namespace : null).Distinct().ToList();
        var reports = new List<JsonObject>();
        foreach (var scope in scopes.OrderBy(s => s ?? "", StringComparer.Ordinal))
        {
            var results = new JsonArray();
            var fail = 0;
            var skip = 0;
            foreach (var finding in findings.Where(f => byPath.TryGetValue(f.Location.Path, out var o) && (o.Kind.Namespaced ? o.Namespace : null) == scope))
            {
                var open = finding.Status == FindingStatus.Open;
                fail += open ? 1 : 0;
                skip += open ? 0 : 1;
                results.Add(Result(finding, byPath[finding.Location.Path], audit.Traces.GetValueOrDefault(finding.Location.Path), open, now));
            }

            var metadata = new JsonObject { ["name"] = ReportName };
            if (scope is not null)
            {
                metadata["namespace"] = scope;
            }

            metadata["labels"] = new JsonObject { ["app.kubernetes.io/managed-by"] = Source };
            reports.Add(new JsonObject
            {
                ["apiVersion"] = ApiVersion,
                ["kind"] = scope is null ? "ClusterPolicyReport" : "PolicyReport",
                ["metadata"] = metadata,
                ["summary"] = new JsonObject { ["pass"] = 0, ["fail"] = fail, ["warn"] = 0, ["error"] = 0, ["skip"] = skip },
                ["results"] = results,
            });
        }

        return reports;
    }

    private static JsonObject Result(Finding finding, LiveObject obj, ObjectTrace? trace, bool open, DateTimeOffset now)
    {
        var resource = new JsonObject { ["apiVersion"] = obj.Kind.ApiVersion, ["kind"] = obj.Kind.Kind, ["name"] = obj.Name };
        if (obj.Namespace is { } ns)
        {
            resource["namespace"] = ns;
        }

        if (obj.Uid is { } uid)
        {
            resource["uid"] = uid;
        }

        var properties = new JsonObject { ["fieldPath"] = finding.Location.FieldPath ?? "" };
        if (trace?.GitPath is { } git)
        {
            properties["gitPath"] = git;
            if (trace.Line is { } line)
            {
                properties["gitLine"] = line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            properties["deployedBy"] = trace.Via ?? "";
        }
        else
        {
            properties["untraced"] = trace?.Untraced ?? "not traced";
        }

        properties["owners"] = string.Join(" ", finding.Owners);
        return new JsonObject
        {
            ["source"] = Source,
            ["policy"] = finding.RuleId,
            ["rule"] = finding.Title,
            ["result"] = open ? "fail" : "skip",
            ["severity"] = finding.Severity.ToString().ToLowerInvariant(),
            ["category"] = finding.Category.ToString().ToLowerInvariant(),
            ["message"] = finding.Message,
            ["scored"] = true,
            ["timestamp"] = new JsonObject { ["seconds"] = now.ToUnixTimeSeconds(), ["nanos"] = 0 },
            ["resources"] = new JsonArray(resource),
            ["properties"] = properties,
        };
    }
}
