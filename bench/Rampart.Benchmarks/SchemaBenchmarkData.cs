using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Benchmarks;

/// <summary>Realistic manifests for the schema benchmarks, and where Kubernetes 1.35's OpenAPI documents are.</summary>
internal static class SchemaBenchmarkData
{
    public const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: checkout
          namespace: shop
          labels: {app.kubernetes.io/name: checkout, app.kubernetes.io/part-of: shop, team: payments}
          annotations: {deployment.kubernetes.io/revision: "3"}
        spec:
          replicas: 3
          revisionHistoryLimit: 5
          selector:
            matchLabels: {app.kubernetes.io/name: checkout}
          strategy:
            type: RollingUpdate
            rollingUpdate: {maxSurge: 25%, maxUnavailable: 0}
          template:
            metadata:
              labels: {app.kubernetes.io/name: checkout, team: payments}
            spec:
              serviceAccountName: checkout
              automountServiceAccountToken: false
              securityContext: {runAsNonRoot: true, runAsUser: 10001, fsGroup: 10001, seccompProfile: {type: RuntimeDefault}}
              containers:
                - name: app
                  image: registry.example.com/shop/checkout:1.8.2@sha256:0d5e3e2f1f0a4b6c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e
                  imagePullPolicy: IfNotPresent
                  args: ["--port=8080", "--log-level=info"]
                  ports:
                    - {name: http, containerPort: 8080, protocol: TCP}
                    - {name: metrics, containerPort: 9090}
                  env:
                    - {name: DB_HOST, value: postgres.shop.svc}
                    - name: DB_PASSWORD
                      valueFrom: {secretKeyRef: {name: checkout-db, key: password}}
                    - name: POD_NAME
                      valueFrom: {fieldRef: {fieldPath: metadata.name}}
                  envFrom:
                    - configMapRef: {name: checkout-config}
                  resources:
                    requests: {cpu: 250m, memory: 256Mi}
                    limits: {cpu: "1", memory: 512Mi}
                  readinessProbe:
                    httpGet: {path: /ready, port: http}
                    periodSeconds: 5
                  livenessProbe:
                    httpGet: {path: /live, port: 8080}
                    initialDelaySeconds: 10
                  securityContext:
                    allowPrivilegeEscalation: false
                    readOnlyRootFilesystem: true
                    capabilities: {drop: [ALL]}
                  volumeMounts:
                    - {name: tmp, mountPath: /tmp}
                    - {name: config, mountPath: /etc/checkout, readOnly: true}
              volumes:
                - name: tmp
                  emptyDir: {sizeLimit: 64Mi}
                - name: config
                  configMap: {name: checkout-config, items: [{key: app.yaml, path: app.yaml}]}
              affinity:
                podAntiAffinity:
                  preferredDuringSchedulingIgnoredDuringExecution:
                    - weight: 100
                      podAffinityTerm:
                        topologyKey: kubernetes.io/hostname
                        labelSelector: {matchLabels: {app.kubernetes.io/name: checkout}}
        """;

    public const string Service = """
        apiVersion: v1
        kind: Service
        metadata:
          name: checkout
          namespace: shop
          labels: {app.kubernetes.io/name: checkout}
        spec:
          type: ClusterIP
          selector: {app.kubernetes.io/name: checkout}
          ports:
            - {name: http, port: 80, targetPort: http, protocol: TCP}
            - {name: metrics, port: 9090, targetPort: 9090}
        """;

    public const string ConfigMap = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: checkout-config
          namespace: shop
        data:
          app.yaml: |
            server:
              port: 8080
            features: [a, b, c]
          LOG_LEVEL: info
          FEATURE_FLAGS: "x=1,y=0"
        """;

    public static KubernetesObject Object(string yaml)
    {
        var root = (MappingNode)new YamlLoader().Load("bench.yaml", yaml).Single().Root!;
        var metadata = (MappingNode)root["metadata"]!;
        var resource = new ResourceRef(((ScalarNode)root["apiVersion"]!).Text, ((ScalarNode)root["kind"]!).Text,
            (metadata["namespace"] as ScalarNode)?.Text, (metadata["name"] as ScalarNode)?.Text);
        return new KubernetesObject("bench.yaml", 0, root, resource);
    }

    /// <summary>Kubernetes 1.35's OpenAPI v3 documents in the shared corpus beside the repository.</summary>
    public static string OpenApi135()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Rampart.slnx")))
        {
            dir = dir.Parent;
        }

        var path = Path.GetFullPath(Path.Combine(dir?.FullName ?? ".", "..", "shared", "corpus", "k8s", "schemas", "openapi-v3", "1.35"));
        return Directory.Exists(path) ? path : throw new DirectoryNotFoundException($"the shared corpus is not at {path}");
    }
}
