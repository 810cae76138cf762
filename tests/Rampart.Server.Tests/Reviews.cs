using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rampart.Server.Tests;

/// <summary>AdmissionReview bodies for tests, built from an object written as JSON.</summary>
internal static class Reviews
{
    public const string PrivilegedPod = """
        {"apiVersion":"v1","kind":"Pod","metadata":{"name":"web","namespace":"shop"},
         "spec":{"containers":[{"name":"app","image":"registry.example/app:1.2","securityContext":{"privileged":true}}]}}
        """;

    /// <summary>A Deployment that passes every high and critical policy of the built-in pack.</summary>
    public const string GoodDeployment = """
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"shop","labels":{"app":"web"}},
         "spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},
          "spec":{"automountServiceAccountToken":false,"securityContext":{"runAsNonRoot":true,"runAsUser":10001,"runAsGroup":10001,"fsGroup":10001,"seccompProfile":{"type":"RuntimeDefault"}},
           "containers":[{"name":"app","image":"registry.example/app:1.2@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef","imagePullPolicy":"Always",
            "securityContext":{"allowPrivilegeEscalation":false,"readOnlyRootFilesystem":true,"capabilities":{"drop":["ALL"]}},
            "resources":{"requests":{"cpu":"100m","memory":"128Mi"},"limits":{"cpu":"500m","memory":"256Mi"}},
            "livenessProbe":{"httpGet":{"path":"/healthz","port":8080}},"readinessProbe":{"httpGet":{"path":"/readyz","port":8080},"periodSeconds":5},
            "ports":[{"containerPort":8080}]}]}}}}
        """;

    public static string For(string objectJson, string operation = "CREATE", string? oldObjectJson = null, bool dryRun = false, string uid = "0f9e2a1c-0000-4000-8000-000000000001", string? username = null)
    {
        var obj = objectJson.Length == 0 ? null : JsonNode.Parse(objectJson)!.AsObject();
        var old = oldObjectJson is null ? null : JsonNode.Parse(oldObjectJson)!.AsObject();
        var subject = obj ?? old!;
        var apiVersion = subject["apiVersion"]!.GetValue<string>();
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        var request = new JsonObject
        {
            ["uid"] = uid,
            ["kind"] = new JsonObject
            {
                ["group"] = slash < 0 ? "" : apiVersion[..slash],
                ["version"] = slash < 0 ? apiVersion : apiVersion[(slash + 1)..],
                ["kind"] = subject["kind"]!.GetValue<string>(),
            },
            ["name"] = subject["metadata"]?["name"]?.GetValue<string>(),
            ["namespace"] = subject["metadata"]?["namespace"]?.GetValue<string>(),
            ["operation"] = operation,
            ["userInfo"] = new JsonObject { ["username"] = username ?? "alice", ["groups"] = new JsonArray("system:authenticated") },
            ["object"] = obj,
            ["oldObject"] = old,
            ["dryRun"] = dryRun,
        };
        return new JsonObject { ["apiVersion"] = "admission.k8s.io/v1", ["kind"] = "AdmissionReview", ["request"] = request }.ToJsonString();
    }

    /// <summary>A review of <paramref name="request"/> (a request stanza as captured from a cluster).</summary>
    public static string Wrap(string request) =>
        new JsonObject { ["apiVersion"] = "admission.k8s.io/v1", ["kind"] = "AdmissionReview", ["request"] = JsonNode.Parse(request) }.ToJsonString();

    /// <summary>The policy ids a response names: in <c>status.message</c>, <c>warnings</c> and <c>auditAnnotations.audit</c>.</summary>
    public static SortedSet<string> NamedPolicies(JsonElement response)
    {
        var text = new List<string>();
        if (response.TryGetProperty("status", out var status))
        {
            text.Add(status.GetProperty("message").GetString()!);
        }

        if (response.TryGetProperty("warnings", out var warnings))
        {
            text.AddRange(warnings.EnumerateArray().Select(w => w.GetString()!));
        }

        if (response.TryGetProperty("auditAnnotations", out var audit) && audit.TryGetProperty("audit", out var ids))
        {
            text.AddRange(ids.GetString()!.Split(',').Select(id => $"[{id}]"));
        }

        return new SortedSet<string>(
            text.SelectMany(t => System.Text.RegularExpressions.Regex.Matches(t, @"\[([A-Z0-9]+(?:-[A-Z0-9]+)+)\]").Select(m => m.Groups[1].Value)),
            StringComparer.Ordinal);
    }
}
