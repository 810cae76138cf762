using System.Globalization;
using System.Text;

namespace Rampart.Benchmarks;

/// <summary>
/// Writes a synthetic GitOps repository for throughput runs: Deployments, Services and ConfigMaps in
/// multi-document files, about 760 bytes per resource on average, with a realistic mix of hardened and
/// careless workloads so that policies both pass and fail. Deterministic for a given seed.
/// </summary>
internal static class RepositoryGenerator
{
    public static (int Files, int Resources, long Bytes) Generate(string root, int resources, int resourcesPerFile = 21, int seed = 42)
    {
        var random = new Random(seed);
        Directory.CreateDirectory(root);
        var files = 0;
        long bytes = 0;
        var written = 0;
        while (written < resources)
        {
            var team = $"team-{files % 40:D2}";
            var folder = Path.Combine(root, "apps", team, $"service-{files:D5}");
            Directory.CreateDirectory(folder);
            var text = new StringBuilder(32 * 1024);
            var inFile = Math.Min(resourcesPerFile, resources - written);
            for (var i = 0; i < inFile; i++)
            {
                if (i > 0)
                {
                    text.Append("---\n");
                }

                var name = $"svc-{files:D5}-{i:D2}";
                switch ((written + i) % 3)
                {
                    case 0:
                        Deployment(text, name, team, random);
                        break;
                    case 1:
                        Service(text, name, team, random);
                        break;
                    default:
                        ConfigMap(text, name, team, random);
                        break;
                }
            }

            var path = Path.Combine(folder, "manifests.yaml");
            File.WriteAllText(path, text.ToString());
            bytes += text.Length;
            written += inFile;
            files++;
        }

        WriteOwnership(root, Math.Min(files, 40));
        return (files, written, bytes);
    }

    /// <summary>CODEOWNERS and a responsibility matrix, as a real GitOps repository has, so attribution is measured too.</summary>
    private static void WriteOwnership(string root, int teams)
    {
        var codeOwners = new StringBuilder("* @acme/platform\n");
        var config = new StringBuilder("""
            version: 1
            teams:
              - name: platform
                handles: ["@acme/platform"]
                gate: { failOn: critical }
              - name: security
                handles: ["@acme/security"]

            """);
        for (var t = 0; t < teams; t++)
        {
            codeOwners.Append(CultureInfo.InvariantCulture, $"/apps/team-{t:D2}/ @acme/team-{t:D2}\n");
            config.Append(CultureInfo.InvariantCulture, $"  - name: team-{t:D2}\n    handles: [\"@acme/team-{t:D2}\"]\n    gate: {{ failOn: high }}\n");
        }

        config.Append("""
            routing:
              - match: { category: secret }
                owners: [security]
                responsibility: security
              - match: { rule: ["RMP-K8S-04*"] }
                owners: [platform]

            """);
        Directory.CreateDirectory(Path.Combine(root, ".github"));
        File.WriteAllText(Path.Combine(root, ".github", "CODEOWNERS"), codeOwners.ToString());
        File.WriteAllText(Path.Combine(root, "rampart.yaml"), config.ToString());
    }

    private static void Deployment(StringBuilder s, string name, string ns, Random random)
    {
        var hardened = random.Next(3) != 0;
        var replicas = random.Next(1, 5);
        s.Append(CultureInfo.InvariantCulture, $"""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: {name}
              namespace: {ns}
              labels:
                app.kubernetes.io/name: {name}
                app.kubernetes.io/part-of: {ns}
              annotations:
                deploy.example.com/owner: "{ns}@example.com"
                deploy.example.com/revision: "{random.Next(1, 500)}"
                deploy.example.com/change-ticket: "CHG-{random.Next(100000, 999999)}"
            spec:
              replicas: {replicas}
              selector:
                matchLabels:
                  app.kubernetes.io/name: {name}
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: {name}
                spec:

            """);
        if (hardened)
        {
            s.Append("""
                      automountServiceAccountToken: false
                      securityContext:
                        runAsNonRoot: true
                        runAsUser: 10001
                        seccompProfile:
                          type: RuntimeDefault

                """);
        }

        s.Append(CultureInfo.InvariantCulture, $"""
                  containers:
                    - name: app
                      image: registry.example.com/{ns}/{name}:{(hardened ? $"1.{random.Next(40)}.{random.Next(10)}" : "latest")}
                      ports:
                        - containerPort: {8000 + random.Next(1000)}
                          name: http
                      env:
                        - name: LOG_LEVEL
                          value: info
                        - name: REGION
                          value: eu-west-{random.Next(1, 4)}
                        - name: FEATURE_FLAGS
                          value: "checkout,search,recommendations"
                        - name: OTEL_EXPORTER_OTLP_ENDPOINT
                          value: http://otel-collector.observability:4317

            """);
        if (hardened)
        {
            s.Append("""
                          resources:
                            requests:
                              cpu: 100m
                              memory: 128Mi
                            limits:
                              cpu: 500m
                              memory: 256Mi
                          readinessProbe:
                            httpGet:
                              path: /ready
                              port: http
                          livenessProbe:
                            httpGet:
                              path: /live
                              port: http
                          securityContext:
                            allowPrivilegeEscalation: false
                            readOnlyRootFilesystem: true
                            capabilities:
                              drop: ["ALL"]

                """);
        }
        else
        {
            s.Append("""
                          securityContext:
                            privileged: true

                """);
        }
    }

    private static void Service(StringBuilder s, string name, string ns, Random random) =>
        s.Append(CultureInfo.InvariantCulture, $"""
            apiVersion: v1
            kind: Service
            metadata:
              name: {name}
              namespace: {ns}
              labels:
                app.kubernetes.io/name: {name}
            spec:
              type: {(random.Next(10) == 0 ? "LoadBalancer" : "ClusterIP")}
              selector:
                app.kubernetes.io/name: {name}
              ports:
                - name: http
                  port: 80
                  targetPort: http
                  protocol: TCP

            """);

    private static void ConfigMap(StringBuilder s, string name, string ns, Random random)
    {
        s.Append(CultureInfo.InvariantCulture, $"""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: {name}-config
              namespace: {ns}
            data:

            """);
        var entries = random.Next(4, 12);
        for (var i = 0; i < entries; i++)
        {
            s.Append(CultureInfo.InvariantCulture, $"  setting_{i}: \"value-{random.Next(1_000_000)}-{new string('x', random.Next(10, 60))}\"\n");
        }
    }
}
