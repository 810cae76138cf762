namespace Rampart.Testing.Fuzzing;

/// <summary>
/// Valid manifests in the styles a repository holds them (block, flow, JSON, several documents, a List, a CRD and
/// its custom resource, explicit and tagged keys, anchors and merge keys, a whole document indented), written to
/// reach many checks; the fuzzer mutates them. Each is (file name, text).
/// </summary>
internal static class ManifestSeeds
{
    public static IReadOnlyList<(string Name, string Text)> All { get; } =
    [
        ("deployment.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: shop
              labels: {app: web}
              annotations:
                rampart.dev/ignore: RMP-K8S-024
            spec:
              replicas: 1
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  serviceAccountName: web
                  hostNetwork: false
                  securityContext: {runAsNonRoot: true, runAsUser: 1000, fsGroup: 2000, sysctls: [{name: kernel.msgmax, value: "65536"}]}
                  containers:
                    - name: web
                      image: registry.example.com/web:1.4.2
                      imagePullPolicy: IfNotPresent
                      ports: [{containerPort: 80, hostPort: 8080}]
                      env:
                        - name: DB_PASSWORD
                          value: hunter2hunter2
                        - name: TOKEN
                          valueFrom: {secretKeyRef: {name: web, key: token}}
                      resources:
                        requests: {cpu: 100m, memory: 128Mi}
                        limits: {cpu: "1.5", memory: 1Gi}
                      livenessProbe: {httpGet: {path: /healthz, port: 80, host: example.com}}
                      readinessProbe: {httpGet: {path: /healthz, port: 80}}
                      securityContext:
                        allowPrivilegeEscalation: true
                        capabilities: {add: [NET_ADMIN, SYS_TIME], drop: [ALL]}
                        seccompProfile: {type: Unconfined}
                  volumes:
                    - name: sock
                      hostPath: {path: /var/run/docker.sock}
                    - name: etc
                      hostPath: {path: //etc/./kubernetes/}

            """),
        ("flow.yaml", """
            --- {apiVersion: v1, kind: Pod, metadata: {name: flow, namespace: default}, spec: {hostPID: true, containers: [{name: a, image: "nginx", securityContext: {privileged: true, procMount: Unmasked}}]}}
            --- {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "edge"}, "spec": {"type": "NodePort", "externalIPs": ["10.0.0.1"], "ports": [{"port": 22}]}}

            """),
        ("pod.json", """
            {
              "apiVersion": "v1",
              "kind": "Pod",
              "metadata": {"name": "json-pod", "labels": {"on": "yes"}},
              "spec": {
                "hostIPC": true,
                "automountServiceAccountToken": true,
                "containers": [
                  {"name": "c", "image": "busybox:latest", "command": ["sh", "-c", "sleep 1e9"],
                   "securityContext": {"runAsUser": 0, "windowsOptions": {"hostProcess": true}},
                   "ports": [{"containerPort": 22}]}
                ],
                "hostAliases": [{"ip": "1.2.3.4", "hostnames": ["a"]}]
              }
            }

            """),
        ("bundle.yaml", """
            # several documents, one of them empty
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              retries: "3"
              password: "c2VjcmV0LXZhbHVlLTEyMzQ1Ng=="
              dashboard.json: |
                {"panels": [{"title": "{{ $labels.instance }}"}]}
            ---
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: everything}
            rules:
              - apiGroups: ["*"]
                resources: ["*", pods/exec, secrets, nodes/proxy]
                verbs: ["*", impersonate, escalate, bind, get]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRoleBinding
            metadata: {name: admins}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
            subjects:
              - {kind: Group, name: "system:authenticated", apiGroup: rbac.authorization.k8s.io}
              - {kind: User, name: "system:anonymous"}
            ...

            """),
        ("list.yml", """
            apiVersion: v1
            kind: List
            items:
              - apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: web, namespace: shop}
                spec: {maxUnavailable: 0, selector: {matchLabels: {app: web}}}
              - apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: web, namespace: shop}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
                  minReplicas: 1
                  maxReplicas: 1
              - apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: web, namespace: shop}
                spec:
                  rules: [{host: shop.example.com, http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}}]

            """),
        ("crd.yaml", """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata:
              name: backups.ops.example.com
            spec:
              group: ops.example.com
              scope: Namespaced
              names: {kind: Backup, plural: backups, singular: backup, listKind: BackupList}
              versions:
                - name: v1
                  served: true
                  storage: true
                  schema:
                    openAPIV3Schema:
                      type: object
                      required: [spec]
                      properties:
                        spec:
                          type: object
                          required: [schedule]
                          x-kubernetes-validations:
                            - rule: "self.retentionDays <= 365"
                              message: keep a year at most
                          properties:
                            schedule: {type: string, pattern: '^(\S+ ){4}\S+$', maxLength: 64}
                            retentionDays: {type: integer, minimum: 1, format: int32}
                            mode: {type: string, enum: [full, incremental]}
                            size: {x-kubernetes-int-or-string: true, pattern: '^[0-9]+(Mi|Gi)$'}
                            targets:
                              type: array
                              x-kubernetes-list-type: map
                              x-kubernetes-list-map-keys: [name]
                              items: {type: object, required: [name], properties: {name: {type: string}}}
                            extra: {type: object, x-kubernetes-preserve-unknown-fields: true}
            ---
            apiVersion: ops.example.com/v1
            kind: Backup
            metadata: {name: nightly, namespace: shop}
            spec:
              schedule: "0 2 * * *"
              retentionDays: 30
              mode: full
              size: 10Gi
              targets: [{name: db}, {name: files}]

            """),
        ("cronjob.yaml", """
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: report
              namespace: kube-system
            spec:
              schedule: "*/5 * * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      serviceAccount: reporter
                      restartPolicy: OnFailure
                      initContainers:
                        - &base
                          name: init
                          image: alpine@sha256:0000000000000000000000000000000000000000000000000000000000000000
                          securityContext: &hardened {readOnlyRootFilesystem: true, runAsGroup: 0}
                      containers:
                        - <<: *base
                          name: main
                          env: [{name: A, value: "1"}, {name: A, value: "2"}]
                          securityContext:
                            <<: *hardened
                            seLinuxOptions: {type: spc_t}
                            appArmorProfile: {type: Unconfined}

            """),
        ("styles.yaml", """
            %YAML 1.1
            ---
            ? apiVersion
            : v1
            !!str kind : Secret
            metadata : {name: "styled", namespace: 'shop'}
            type: Opaque
            stringData:
              key: !!binary aGVsbG8=
              when: 2001-12-14t21:59:43.10-05:00
              mode: 0644
              enabled: on
            ---
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: indented, namespace: kube-system}
                spec:
                  selector: {matchLabels: {app: agent}}
                  template:
                    metadata: {labels: {app: other}}
                    spec:
                      hostNetwork: true
                      containers: [{name: agent, image: "agent:2", volumeMounts: [{name: run, mountPath: /run}]}]
                      volumes: [{name: run, hostPath: {path: /run/containerd/containerd.sock}}]

            """),
        ("array.json", """
            [{"not": "an object"}]

            """),
        ("app-settings.yaml", """
            # an application's own settings: no Kubernetes object
            replicas: 2
            enabled: yes
            database: {host: db, port: 5432}
            features: [a, b, c]

            """),
        ("policy.yaml", """
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingAdmissionPolicy
            metadata: {name: require-team-label}
            spec:
              failurePolicy: Fail
              matchConstraints:
                resourceRules: [{apiGroups: ["apps"], apiVersions: ["v1"], operations: ["CREATE"], resources: ["deployments"]}]
              validations:
                - expression: "has(object.metadata.labels) && 'team' in object.metadata.labels"
                  message: every Deployment names its team
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: lb, namespace: shop}
            spec: {type: LoadBalancer, selector: {app: web}, ports: [{port: 443, targetPort: 8443}]}

            """),
    ];
}
