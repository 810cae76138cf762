namespace Rampart.Benchmarks;

/// <summary>A realistic Deployment (two containers, labels, probes, resources) as plain .NET dictionaries and lists.</summary>
internal static class CelDeployment
{
    public static Dictionary<string, object?> Create() => new()
    {
        ["apiVersion"] = "apps/v1",
        ["kind"] = "Deployment",
        ["metadata"] = Map(
            ("name", "checkout"),
            ("namespace", "shop"),
            ("labels", Map(("app", "checkout"), ("app.kubernetes.io/part-of", "shop"), ("team", "payments"), ("tier", "backend"))),
            ("annotations", Map(("deployment.kubernetes.io/revision", "12")))),
        ["spec"] = Map(
            ("replicas", 3L),
            ("selector", Map(("matchLabels", Map(("app", "checkout"))))),
            ("template", Map(
                ("metadata", Map(("labels", Map(("app", "checkout"), ("tier", "backend"))))),
                ("spec", Map(
                    ("serviceAccountName", "checkout"),
                    ("securityContext", Map(("runAsNonRoot", true), ("fsGroup", 2000L))),
                    ("containers", new List<object?>
                    {
                        Container("checkout", "registry.example.com/shop/checkout:1.42.0", 8080L),
                        Container("envoy", "envoyproxy/envoy:v1.30.1", 9901L),
                    })))))),
    };

    private static Dictionary<string, object?> Container(string name, string image, long port) => Map(
        ("name", name),
        ("image", image),
        ("ports", new List<object?> { Map(("containerPort", port), ("protocol", "TCP")) }),
        ("resources", Map(("requests", Map(("cpu", "250m"), ("memory", "256Mi"))), ("limits", Map(("cpu", "1"), ("memory", "512Mi"))))),
        ("securityContext", Map(("runAsNonRoot", true), ("allowPrivilegeEscalation", false), ("readOnlyRootFilesystem", true))),
        ("livenessProbe", Map(("httpGet", Map(("path", "/healthz"), ("port", port))))));

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        return map;
    }
}
