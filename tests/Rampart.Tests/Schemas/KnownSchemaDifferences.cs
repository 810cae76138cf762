namespace Rampart.Tests.Schemas;

/// <summary>Why Rampart's outcome differs from another tool's on a fixture, keyed by suite|file|check|schemas.</summary>
internal static class KnownSchemaDifferences
{
    private const string DuplicateKeys =
        "Rampart always reports a repeated key (RMP-LOAD-002): every Kubernetes client keeps the later value silently; kubeconform checks this only with -strict";

    private const string MissingSchemaIsInfo =
        "a kind without any schema is an info finding in Rampart (RMP-SCHEMA-010), not an error, so CRs can be scanned before their CRDs are known; kubeconform passes too with -ignore-missing-schemas";

    public static IReadOnlyDictionary<string, string> Reasons { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["kubectl-validate|testcases/manifests/error_crd_typo.yaml#0|schema(kubectl-validate)|--schemas 1.35"] =
            "the 1.35 OpenAPI document does not say which values JSONSchemaProps.type takes (the API server's Go code does); Rampart's built-in facts do, so the built-in configuration agrees",
        ["kubeconform|fixtures/test_crd.yaml|schema|built-in"] = MissingSchemaIsInfo,
        ["kubeconform|fixtures/test_crd.yaml|schema|--schemas 1.35"] = MissingSchemaIsInfo,
        ["kubeconform|fixtures/duplicate_property.yaml|schema -kubernetes-version 1.20.0|built-in"] = DuplicateKeys,
        ["kubeconform|fixtures/duplicate_property.yaml|schema -kubernetes-version 1.20.0|--schemas 1.35"] = DuplicateKeys,
    };

    /// <summary>
    /// kubectl-validate's own test adds a hand-written patch to the 1.23 core/v1 document (Container.image required,
    /// ContainerPort.protocol an enum): without it these outcomes cannot be decided from the raw OpenAPI documents.
    /// </summary>
    public static string? NeedsKubectlValidatePatch(ConformanceCase c) =>
        c.Path.EndsWith("error_missing_image.yaml", StringComparison.Ordinal) || c.Path.EndsWith("error_enum_invalid.yaml", StringComparison.Ordinal)
            ? "decided by kubectl-validate's hand-written patch (Container.image required, protocol enum), which the raw 1.35 OpenAPI lacks; Rampart's built-in facts carry the same rules"
            : c.NotDecidable;
}
