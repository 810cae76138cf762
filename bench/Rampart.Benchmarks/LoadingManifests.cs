using System.Globalization;
using System.Text;

namespace Rampart.Benchmarks;

/// <summary>
/// Multi-document manifest text for the loading benchmarks: Deployments, Services and ConfigMaps in turn,
/// written the way GitOps repositories hold them (block style, labels, probes, resources, env, a literal
/// block scalar in ConfigMaps), about 1 KB per resource. Deterministic.
/// </summary>
internal static class LoadingManifests
{
    public static string Create(int resources)
    {
        var text = new StringBuilder(resources * 1100);
        for (var i = 0; i < resources; i++)
        {
            if (i > 0)
            {
                text.Append("---\n");
            }

            var name = string.Create(CultureInfo.InvariantCulture, $"app-{i:D5}");
            switch (i % 3)
            {
                case 0:
                    Deployment(text, name, i);
                    break;
                case 1:
                    Service(text, name);
                    break;
                default:
                    ConfigMap(text, name, i);
                    break;
            }
        }

        return text.ToString();
    }

    private static void Deployment(StringBuilder s, string name, int i) => s.Append(CultureInfo.InvariantCulture, $$"""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {{name}}
          namespace: team-{{i % 40:D2}}
          labels:
            app.kubernetes.io/name: {{name}}
            app.kubernetes.io/part-of: shop
            app.kubernetes.io/managed-by: flux
          annotations:
            owner: "team-{{i % 40:D2}}@example.com"
        spec:
          replicas: {{1 + (i % 4)}}
          selector:
            matchLabels:
              app.kubernetes.io/name: {{name}}
          template:
            metadata:
              labels:
                app.kubernetes.io/name: {{name}}
            spec:
              serviceAccountName: {{name}}
              automountServiceAccountToken: false
              securityContext:
                runAsNonRoot: true
                runAsUser: 10001
                seccompProfile: {type: RuntimeDefault}
              containers:
                - name: app
                  image: registry.example.com/shop/{{name}}:1.{{i % 17}}.{{i % 5}}
                  ports:
                    - {name: http, containerPort: 8080, protocol: TCP}
                  env:
                    - name: LOG_LEVEL
                      value: "info"
                    - name: DB_HOST
                      valueFrom:
                        configMapKeyRef: {name: {{name}}, key: db-host}
                  resources:
                    requests: {cpu: 100m, memory: 128Mi}
                    limits: {cpu: 500m, memory: 256Mi}
                  readinessProbe:
                    httpGet: {path: /ready, port: http}
                    periodSeconds: 10
                  livenessProbe:
                    httpGet: {path: /live, port: http}
                  securityContext:
                    allowPrivilegeEscalation: false
                    readOnlyRootFilesystem: true
                    capabilities:
                      drop: ["ALL"]

        """);

    private static void Service(StringBuilder s, string name) => s.Append(CultureInfo.InvariantCulture, $$"""
        apiVersion: v1
        kind: Service
        metadata:
          name: {{name}}
          labels:
            app.kubernetes.io/name: {{name}}
        spec:
          type: ClusterIP
          selector:
            app.kubernetes.io/name: {{name}}
          ports:
            - name: http
              port: 80
              targetPort: http

        """);

    private static void ConfigMap(StringBuilder s, string name, int i) => s.Append(CultureInfo.InvariantCulture, $$"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: {{name}}
        data:
          db-host: postgres.team-{{i % 40:D2}}.svc.cluster.local
          cache-ttl: "300"
          feature-flags: "checkout,search,recommendations"
          application.yaml: |
            server:
              port: 8080
              shutdown: graceful
            logging:
              level:
                root: INFO
                com.example.shop: DEBUG
            management:
              endpoints:
                web:
                  exposure:
                    include: health,info,prometheus

        """);
}
