namespace Rampart.Testing.Fuzzing;

/// <summary>
/// The repository files around the manifests that the fuzzer mutates too: <c>rampart.yaml</c> and its waivers, a
/// baseline, CODEOWNERS in both flavours, ignore files, a kustomization with its patches, and a Helm chart.
/// </summary>
internal static class RepositorySeeds
{
    public const string Config = """
        version: 1
        gate:
          failOn: high
          categories: {secret: medium, misconfiguration: none}
        codeowners:
          flavor: auto
        teams:
          - name: platform
            handles: ["@acme/platform"]
            members: ["@pat"]
            contact: "#platform"
            responsibility: platform
            gate: {failOn: critical}
          - name: security
            handles: ["@acme/security", "sec@example.com"]
            members: ["@sam"]
            responsibility: security
            gate:
              failOn: medium
              categories: {policy: high}
          - name: shop
            handles: ["@acme/shop"]
            responsibility: developers
        routing:
          - match: {category: secret, path: ["m/**", "*.json"]}
            owners: [security]
            responsibility: security
          - match: {kind: ["ClusterRole*", "Role"], clusterScoped: true, rule: "RMP-K8S-04?"}
            owners: [platform, "@acme/platform"]
          - match: {namespace: "kube-*", responsibility: platform}
            owners: ["@someone", "ops@example.com"]
        waiverApprovers: [security, platform]
        waivers:
          - rule: RMP-K8S-006
            resource: {kind: Deployment, namespace: shop, name: web}
            reason: reads host metrics
            approver: "@pat"
            expires: 2099-06-30
          - fingerprint: 0123456789abcdef
            path: "m/**/*.yaml"
            reason: accepted
            approver: "@sam"
            expires: 2001-01-01
        scan:
          scanners: [schema, policy]
          unscanned: {unloadable: medium, binary: high, tooLarge: low}

        """;

    public const string Waivers = """
        waivers:
          - rule: RMP-K8S-04*
            path: m/
            reason: the bootstrap role
            approver: "@pat"
            expires: 2099-01-01

        """;

    public const string Baseline = """
        {
          "version": 1,
          "tool": "rampart 0.1.0",
          "findings": [
            {"fingerprint": "0123456789abcdef", "ruleId": "RMP-K8S-004", "path": "m/000-flow.yaml", "resource": "v1/Pod default/flow"},
            {"fingerprint": "fedcba9876543210", "ruleId": "RMP-SEC-001", "path": "m/001-deployment.yaml"},
            {"fingerprint": "00000000ffffffff", "ruleId": "RMP-LOAD-001", "path": "canary/pod.yaml"}
          ]
        }

        """;

    public const string GitHubCodeOwners = """
        # default owners
        *                 @acme/platform
        /m/               @acme/shop @dev
        *.json            sec@example.com
        /chart/**/        @acme/observability   # a comment
        docs/*            @writer
        /overlay/ @acme/shop @acme/platform
        \#odd\ name.yaml  @acme/shop

        """;

    public const string GitLabCodeOwners = """
        * @acme/platform

        [Shop][2] @acme/shop
        /m/
        *.json @sec/team/sub

        ^[Optional section] @acme/platform
        /chart/ @olga
        !/chart/values.yaml

        [shop]
        /overlay/ @acme/shop @@maintainer

        """;

    public const string GitIgnore = """
        # build output
        *.log
        /generated/
        tmp-*.yaml
        !tmp-keep.yaml
        **/cache/**
        [a-c]?.json
        \!bang.yaml
        trailing\ 

        """;

    public const string RampartIgnore = """
        !generated/
        fixtures/**/*.yaml
        *.bak

        """;

    public const string Kustomization = """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        namespace: shop
        resources:
          - resource.yaml
        patches:
          - path: patch.yaml
            target: {kind: Deployment, name: web}
        patchesStrategicMerge:
          - strategic.yaml
        patchesJson6902:
          - target: {group: apps, version: v1, kind: Deployment, name: web}
            path: json6902.yaml

        """;

    public const string Patch = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              containers: [{name: web, securityContext: {privileged: true}}]

        """;

    public const string JsonPatch = """
        - op: add
          path: /spec/template/spec/hostNetwork
          value: true

        """;

    public const string Chart = """
        apiVersion: v2
        name: agent
        version: 1.2.3
        appVersion: "2.0"
        dependencies: [{name: common, version: ">=1.0.0", repository: "https://charts.example.com"}]

        """;

    public const string Values = """
        image: {repository: agent, tag: latest}
        replicas: 1
        securityContext: {privileged: true}

        """;

    public const string Template = """
        {{- if .Values.enabled }}
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: {{ include "agent.fullname" . }}
          labels: {{- toYaml .Values.labels | nindent 4 }}
        spec:
          template:
            spec:
              containers:
                - name: agent
                  image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                  securityContext: {{ toYaml .Values.securityContext | nindent 12 }}
        {{- end }}

        """;

    public const string PlainTemplate = """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: agent
          annotations: {description: "rendered by {{ .Release.Name }} elsewhere"}
        automountServiceAccountToken: true

        """;
}
