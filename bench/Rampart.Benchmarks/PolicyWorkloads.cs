using Rampart.Analysis;
using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Benchmarks;

/// <summary>Realistic manifests for the policy benchmarks, read the way a scan reads them.</summary>
internal static class PolicyWorkloads
{
    /// <summary>A Deployment as many repositories have it: resources and probes, no hardening.</summary>
    public const string Typical = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: checkout
          namespace: shop
          labels: {app.kubernetes.io/name: checkout, app.kubernetes.io/part-of: shop}
        spec:
          replicas: 2
          selector:
            matchLabels: {app.kubernetes.io/name: checkout}
          template:
            metadata:
              labels: {app.kubernetes.io/name: checkout, app.kubernetes.io/part-of: shop}
              annotations: {prometheus.io/scrape: "true", prometheus.io/port: "9090"}
            spec:
              serviceAccountName: checkout
              containers:
                - name: checkout
                  image: registry.example.com/shop/checkout:2.14.1
                  ports:
                    - {name: http, containerPort: 8080}
                    - {name: metrics, containerPort: 9090}
                  env:
                    - {name: LOG_LEVEL, value: info}
                    - {name: PAYMENTS_URL, value: "http://payments.shop.svc:8080"}
                    - name: DB_PASSWORD
                      valueFrom:
                        secretKeyRef: {name: checkout-db, key: password}
                  resources:
                    requests: {cpu: 250m, memory: 256Mi}
                    limits: {cpu: "1", memory: 512Mi}
                  readinessProbe:
                    httpGet: {path: /ready, port: http}
                  livenessProbe:
                    httpGet: {path: /live, port: http}
                  volumeMounts:
                    - {name: config, mountPath: /etc/checkout}
                - name: proxy
                  image: envoyproxy/envoy:v1.31.2
                  ports:
                    - {name: admin, containerPort: 9901}
                  resources:
                    requests: {cpu: 100m, memory: 64Mi}
                    limits: {cpu: 500m, memory: 128Mi}
              volumes:
                - name: config
                  configMap: {name: checkout}
        """;

    /// <summary>The same Deployment hardened to the restricted level: most policies pass.</summary>
    public const string Hardened = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: checkout
          namespace: shop
          labels: {app.kubernetes.io/name: checkout}
        spec:
          replicas: 3
          selector:
            matchLabels: {app.kubernetes.io/name: checkout}
          template:
            metadata:
              labels: {app.kubernetes.io/name: checkout}
            spec:
              automountServiceAccountToken: false
              securityContext:
                runAsNonRoot: true
                runAsUser: 10001
                runAsGroup: 10001
                seccompProfile: {type: RuntimeDefault}
              containers:
                - name: checkout
                  image: registry.example.com/shop/checkout:2.14.1@sha256:4b1e0fc2a4d3e8b1e1f1c7e7b2f1d0c9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3
                  imagePullPolicy: Always
                  ports:
                    - {name: http, containerPort: 8080}
                  env:
                    - {name: LOG_LEVEL, value: info}
                  resources:
                    requests: {cpu: 250m, memory: 256Mi}
                    limits: {cpu: "1", memory: 512Mi}
                  readinessProbe:
                    httpGet: {path: /ready, port: http}
                  livenessProbe:
                    httpGet: {path: /live, port: http}
                  securityContext:
                    allowPrivilegeEscalation: false
                    readOnlyRootFilesystem: true
                    capabilities: {drop: [ALL]}
              volumes:
                - name: tmp
                  emptyDir: {}
        """;

    public const string Service = """
        apiVersion: v1
        kind: Service
        metadata:
          name: checkout
          namespace: shop
        spec:
          selector: {app.kubernetes.io/name: checkout}
          ports:
            - {name: http, port: 80, targetPort: http}
        """;

    public const string ConfigMap = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: checkout
          namespace: shop
        data:
          LOG_FORMAT: json
          FEATURE_FLAGS: "new-cart,fast-checkout"
          application.yaml: |
            server:
              port: 8080
        """;

    public static KubernetesObject Read(string path, string text)
    {
        var root = (MappingNode)new YamlLoader().Load(path, text).Single().Root!;
        var metadata = (MappingNode)root["metadata"]!;
        return new KubernetesObject(path, 0, root, new ResourceRef(
            ((ScalarNode)root["apiVersion"]!).Text, ((ScalarNode)root["kind"]!).Text,
            (metadata["namespace"] as ScalarNode)?.Text, (metadata["name"] as ScalarNode)?.Text));
    }

    public static AnalysisContext Context(IReadOnlyList<KubernetesObject> objects) => new(ScanIndex.Of(objects), CancellationToken.None);

    public static List<Finding> NewFindings() => new(64);
}
