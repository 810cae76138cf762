using Rampart.Rendering.Kustomize.Model;

namespace Rampart.Rendering.Kustomize.Config;

/// <summary>
/// The fields Kustomize's built-in transformers edit by default (its <c>builtinpluginconsts</c> configuration):
/// which resource types hold labels, selectors, images, replica counts, and references to the names of others.
/// </summary>
internal static class DefaultFieldSpecs
{
    private static readonly string[] Workloads = ["Deployment", "ReplicaSet", "DaemonSet", "StatefulSet", "Job"];
    private static readonly string[] PodControllers = ["StatefulSet", "Deployment", "ReplicationController", "Job", "DaemonSet"];

    private static readonly string[] AffinitySelectors =
    [
        "spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels",
        "spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",
        "spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels",
        "spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",
        "spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels",
    ];

    public static IReadOnlyList<FieldSpec> NamePrefix { get; } = [FieldSpec.Of("metadata/name")];

    public static IReadOnlyList<FieldSpec> Namespace { get; } =
    [
        FieldSpec.Of("metadata/name", "Namespace", create: true),
        FieldSpec.Of("spec/service/namespace", "APIService", create: true, group: "apiregistration.k8s.io"),
        FieldSpec.Of("spec/conversion/webhook/clientConfig/service/namespace", "CustomResourceDefinition", group: "apiextensions.k8s.io"),
    ];

    /// <summary>Labels on objects and on the pods (and claims) they make.</summary>
    public static IReadOnlyList<FieldSpec> TemplateLabels { get; } =
    [
        FieldSpec.Of("metadata/labels", create: true),
        FieldSpec.Of("spec/template/metadata/labels", "ReplicationController", create: true, version: "v1"),
        FieldSpec.Of("spec/template/metadata/labels", "Deployment", create: true),
        FieldSpec.Of("spec/template/metadata/labels", "ReplicaSet", create: true),
        FieldSpec.Of("spec/template/metadata/labels", "DaemonSet", create: true),
        FieldSpec.Of("spec/template/metadata/labels", "StatefulSet", create: true, group: "apps"),
        FieldSpec.Of("spec/volumeClaimTemplates[]/metadata/labels", "StatefulSet", create: true, group: "apps"),
        FieldSpec.Of("spec/template/metadata/labels", "Job", create: true, group: "batch"),
        FieldSpec.Of("spec/jobTemplate/metadata/labels", "CronJob", create: true, group: "batch"),
        FieldSpec.Of("spec/jobTemplate/spec/template/metadata/labels", "CronJob", create: true, group: "batch"),
    ];

    /// <summary>Template labels plus the selectors that must keep matching them.</summary>
    public static IReadOnlyList<FieldSpec> CommonLabels { get; } =
    [
        FieldSpec.Of("spec/selector", "Service", create: true, version: "v1"),
        FieldSpec.Of("spec/selector", "ReplicationController", create: true, version: "v1"),
        FieldSpec.Of("spec/selector/matchLabels", "Deployment", create: true),
        .. Affinity("Deployment"),
        FieldSpec.Of("spec/selector/matchLabels", "ReplicaSet", create: true),
        FieldSpec.Of("spec/selector/matchLabels", "DaemonSet", create: true),
        FieldSpec.Of("spec/selector/matchLabels", "StatefulSet", create: true, group: "apps"),
        .. Affinity("StatefulSet"),
        FieldSpec.Of("spec/selector/matchLabels", "Job", group: "batch"),
        FieldSpec.Of("spec/jobTemplate/spec/selector/matchLabels", "CronJob", group: "batch"),
        FieldSpec.Of("spec/selector/matchLabels", "PodDisruptionBudget", group: "policy"),
        FieldSpec.Of("spec/podSelector/matchLabels", "NetworkPolicy", group: "networking.k8s.io"),
        FieldSpec.Of("spec/ingress/from/podSelector/matchLabels", "NetworkPolicy", group: "networking.k8s.io"),
        FieldSpec.Of("spec/egress/to/podSelector/matchLabels", "NetworkPolicy", group: "networking.k8s.io"),
        .. TemplateLabels,
    ];

    public static IReadOnlyList<FieldSpec> CommonAnnotations { get; } =
    [
        FieldSpec.Of("metadata/annotations", create: true),
        FieldSpec.Of("spec/template/metadata/annotations", "ReplicationController", create: true, version: "v1"),
        FieldSpec.Of("spec/template/metadata/annotations", "Deployment", create: true),
        FieldSpec.Of("spec/template/metadata/annotations", "ReplicaSet", create: true),
        FieldSpec.Of("spec/template/metadata/annotations", "DaemonSet", create: true),
        FieldSpec.Of("spec/template/metadata/annotations", "StatefulSet", create: true),
        FieldSpec.Of("spec/template/metadata/annotations", "Job", create: true, group: "batch"),
        FieldSpec.Of("spec/jobTemplate/metadata/annotations", "CronJob", create: true, group: "batch"),
        FieldSpec.Of("spec/jobTemplate/spec/template/metadata/annotations", "CronJob", create: true, group: "batch"),
    ];

    public static IReadOnlyList<FieldSpec> Images { get; } =
    [
        FieldSpec.Of("spec/containers[]/image", create: true),
        FieldSpec.Of("spec/initContainers[]/image", create: true),
        FieldSpec.Of("spec/template/spec/containers[]/image", create: true),
        FieldSpec.Of("spec/template/spec/initContainers[]/image", create: true),
    ];

    public static IReadOnlyList<FieldSpec> Replicas { get; } =
    [
        FieldSpec.Of("spec/replicas", "Deployment", create: true),
        FieldSpec.Of("spec/replicas", "ReplicationController", create: true),
        FieldSpec.Of("spec/replicas", "ReplicaSet", create: true),
        FieldSpec.Of("spec/replicas", "StatefulSet", create: true),
    ];

    /// <summary>Where <c>$(VAR)</c> references are replaced.</summary>
    public static IReadOnlyList<FieldSpec> VarReference { get; } =
    [
        .. PodFields("CronJob", "spec/jobTemplate/spec/template/spec", ["containers/args", "containers/command", "containers/env/value", "containers/volumeMounts/mountPath", "initContainers/args", "initContainers/command", "initContainers/env/value", "initContainers/volumeMounts/mountPath"]),
        FieldSpec.Of("spec/jobTemplate/spec/template/volumes/nfs/server", "CronJob"),
        .. Workloads.Concat(["Pod"]).SelectMany(kind => PodFields(kind, kind == "Pod" ? "spec" : "spec/template/spec", ["containers/args", "containers/command", "containers/env/value", "containers/volumeMounts/mountPath", "initContainers/args", "initContainers/command", "initContainers/env/value", "initContainers/volumeMounts/mountPath", "volumes/nfs/server"])),
        FieldSpec.Of("spec/template/metadata/annotations", "Deployment"),
        FieldSpec.Of("spec/rules/host", "Ingress"),
        FieldSpec.Of("spec/tls/hosts", "Ingress"),
        FieldSpec.Of("spec/tls/secretName", "Ingress"),
        FieldSpec.Of("spec/ports/port", "Service"),
        FieldSpec.Of("spec/ports/targetPort", "Service"),
        FieldSpec.Of("spec/volumeClaimTemplates/spec/nfs/server", "StatefulSet"),
        FieldSpec.Of("spec/nfs/server", "PersistentVolume"),
        FieldSpec.Of("metadata/labels"),
        FieldSpec.Of("metadata/annotations"),
    ];

    public static IReadOnlyList<NameReference> NameReferences { get; } =
    [
        .. new[] { "Deployment", "ReplicationController", "ReplicaSet", "StatefulSet" }.Select(kind =>
            new NameReference(new Gvk("", "", kind), [FieldSpec.Of("spec/scaleTargetRef/name", "HorizontalPodAutoscaler")])),
        new(new Gvk("", "v1", "ConfigMap"),
        [
            .. PodTemplates(["volumes/configMap/name", "containers/env/valueFrom/configMapKeyRef/name", "initContainers/env/valueFrom/configMapKeyRef/name", "containers/envFrom/configMapRef/name", "initContainers/envFrom/configMapRef/name", "volumes/projected/sources/configMap/name"]),
            FieldSpec.Of("spec/configSource/configMap", "Node"),
            FieldSpec.Of("rules/resourceNames", "Role"),
            FieldSpec.Of("rules/resourceNames", "ClusterRole"),
            FieldSpec.Of("metadata/annotations/nginx.ingress.kubernetes.io\\/fastcgi-params-configmap", "Ingress"),
        ]),
        new(new Gvk("", "v1", "Secret"),
        [
            .. PodTemplates(["volumes/secret/secretName", "containers/env/valueFrom/secretKeyRef/name", "initContainers/env/valueFrom/secretKeyRef/name", "containers/envFrom/secretRef/name", "initContainers/envFrom/secretRef/name", "imagePullSecrets/name", "volumes/projected/sources/secret/name"]),
            FieldSpec.Of("spec/tls/secretName", "Ingress"),
            FieldSpec.Of("metadata/annotations/ingress.kubernetes.io\\/auth-secret", "Ingress"),
            FieldSpec.Of("metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret", "Ingress"),
            FieldSpec.Of("metadata/annotations/nginx.ingress.kubernetes.io\\/auth-tls-secret", "Ingress"),
            FieldSpec.Of("imagePullSecrets/name", "ServiceAccount"),
            FieldSpec.Of("parameters/secretName", "StorageClass"),
            FieldSpec.Of("parameters/adminSecretName", "StorageClass"),
            FieldSpec.Of("parameters/userSecretName", "StorageClass"),
            FieldSpec.Of("parameters/secretRef", "StorageClass"),
            FieldSpec.Of("rules/resourceNames", "Role"),
            FieldSpec.Of("rules/resourceNames", "ClusterRole"),
            FieldSpec.Of("spec/template/spec/containers/env/valueFrom/secretKeyRef/name", "Service", group: "serving.knative.dev", version: "v1"),
            FieldSpec.Of("spec/azureFile/secretName", "PersistentVolume"),
        ]),
        new(new Gvk("", "v1", "Service"),
        [
            FieldSpec.Of("spec/serviceName", "StatefulSet", group: "apps"),
            FieldSpec.Of("spec/rules/http/paths/backend/serviceName", "Ingress"),
            FieldSpec.Of("spec/backend/serviceName", "Ingress"),
            FieldSpec.Of("spec/rules/http/paths/backend/service/name", "Ingress"),
            FieldSpec.Of("spec/defaultBackend/service/name", "Ingress"),
            FieldSpec.Of("spec/service/name", "APIService", group: "apiregistration.k8s.io"),
            FieldSpec.Of("webhooks/clientConfig/service", "ValidatingWebhookConfiguration", group: "admissionregistration.k8s.io"),
            FieldSpec.Of("webhooks/clientConfig/service", "MutatingWebhookConfiguration", group: "admissionregistration.k8s.io"),
            FieldSpec.Of("spec/rules/backendRefs/name", "HTTPRoute"),
        ]),
        new(new Gvk("rbac.authorization.k8s.io", "", "Role"), [FieldSpec.Of("roleRef/name", "RoleBinding", group: "rbac.authorization.k8s.io")]),
        new(new Gvk("rbac.authorization.k8s.io", "", "ClusterRole"),
        [
            FieldSpec.Of("roleRef/name", "RoleBinding", group: "rbac.authorization.k8s.io"),
            FieldSpec.Of("roleRef/name", "ClusterRoleBinding", group: "rbac.authorization.k8s.io"),
        ]),
        new(new Gvk("", "v1", "ServiceAccount"),
        [
            FieldSpec.Of("subjects", "RoleBinding", group: "rbac.authorization.k8s.io"),
            FieldSpec.Of("subjects", "ClusterRoleBinding", group: "rbac.authorization.k8s.io"),
            .. Controllers("serviceAccountName"),
        ]),
        new(new Gvk("", "v1", "PersistentVolumeClaim"), [.. Controllers("volumes/persistentVolumeClaim/claimName")]),
        new(new Gvk("", "v1", "PersistentVolume"),
        [
            FieldSpec.Of("spec/volumeName", "PersistentVolumeClaim"),
            FieldSpec.Of("rules/resourceNames", "ClusterRole"),
        ]),
        new(new Gvk("storage.k8s.io", "v1", "StorageClass"),
        [
            FieldSpec.Of("spec/storageClassName", "PersistentVolume"),
            FieldSpec.Of("spec/storageClassName", "PersistentVolumeClaim"),
            FieldSpec.Of("spec/volumeClaimTemplates/spec/storageClassName", "StatefulSet"),
        ]),
        new(new Gvk("scheduling.k8s.io", "v1", "PriorityClass"), [.. Controllers("priorityClassName")]),
        new(new Gvk("networking.k8s.io/v1", "v1", "IngressClass"), [FieldSpec.Of("spec/ingressClassName", "Ingress")]),
        new(new Gvk("admissionregistration.k8s.io", "", "ValidatingAdmissionPolicy"),
        [
            FieldSpec.Of("spec/policyName", "ValidatingAdmissionPolicyBinding", group: "admissionregistration.k8s.io"),
        ]),
    ];

    private static IEnumerable<FieldSpec> Affinity(string kind) =>
        AffinitySelectors.Select(path => FieldSpec.Of(path, kind, group: "apps"));

    private static IEnumerable<FieldSpec> PodFields(string kind, string prefix, string[] fields) =>
        fields.Select(field => FieldSpec.Of(prefix + "/" + field, kind));

    /// <summary>A pod spec field in pods, pod templates and every controller of pods.</summary>
    private static IEnumerable<FieldSpec> PodTemplates(string[] fields) =>
        fields.SelectMany(field => new[]
        {
            FieldSpec.Of("spec/" + field, "Pod", version: "v1"),
            FieldSpec.Of("template/spec/" + field, "PodTemplate"),
        }.Concat(Workloads.Select(kind => FieldSpec.Of("spec/template/spec/" + field, kind)))
         .Append(FieldSpec.Of("spec/jobTemplate/spec/template/spec/" + field, "CronJob")));

    /// <summary>A pod spec field in pods and the controllers Kustomize lists for service accounts and claims.</summary>
    private static IEnumerable<FieldSpec> Controllers(string field) =>
        PodControllers
            .Select(kind => FieldSpec.Of("spec/template/spec/" + field, kind))
            .Append(FieldSpec.Of("spec/" + field, "Pod"))
            .Append(FieldSpec.Of("spec/jobTemplate/spec/template/spec/" + field, "CronJob"));
}
