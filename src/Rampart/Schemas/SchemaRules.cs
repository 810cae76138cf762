using Rampart.Findings;

namespace Rampart.Schemas;

/// <summary>The rules the schema analyzer reports. Every id here is documented in <c>docs/schemas.md</c>.</summary>
public static class SchemaRules
{
    public const string UnknownField = "RMP-SCHEMA-001";
    public const string WrongType = "RMP-SCHEMA-002";
    public const string MissingRequired = "RMP-SCHEMA-003";
    public const string ValueNotAllowed = "RMP-SCHEMA-004";
    public const string DuplicateItem = "RMP-SCHEMA-005";
    public const string OutOfRange = "RMP-SCHEMA-006";
    public const string InvalidFormat = "RMP-SCHEMA-007";
    public const string ValueValidationFailed = "RMP-SCHEMA-008";
    public const string SchemaProblem = "RMP-SCHEMA-009";
    public const string NoSchema = "RMP-SCHEMA-010";
    public const string UnknownKind = "RMP-SCHEMA-011";
    public const string RemovedApi = "RMP-SCHEMA-012";
    public const string DeprecatedApi = "RMP-SCHEMA-013";
    public const string ValidationRuleFailed = "RMP-SCHEMA-014";

    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        Rule(UnknownField, "Unknown field", Severity.High,
            "The field is not part of the kind's schema. The API server rejects it under strict field validation (kubectl's default) or drops it silently.",
            "Remove the field, or fix its spelling or indentation."),
        Rule(WrongType, "Wrong value type", Severity.High,
            "The value has the wrong JSON type for the field (for example a string where an integer is expected). YAML turns unquoted 80, true and 1.5 into numbers and booleans.",
            "Give the value the type the field expects; quote strings that look like numbers or booleans."),
        Rule(MissingRequired, "Missing required field", Severity.High,
            "A field the API server requires is absent.",
            "Add the field."),
        Rule(ValueNotAllowed, "Value not allowed", Severity.High,
            "The field only accepts a fixed set of values and this is not one of them (values are case-sensitive).",
            "Use one of the supported values named in the message."),
        Rule(DuplicateItem, "Duplicate list item", Severity.High,
            "Two items of a list keyed by some fields (x-kubernetes-list-type: map), or of a set, are the same.",
            "Remove or merge the duplicate item."),
        Rule(OutOfRange, "Value out of range", Severity.High,
            "A number, string length, list length or field count is outside the bounds the schema allows (including the int32 and int64 ranges).",
            "Bring the value within the bounds named in the message."),
        Rule(InvalidFormat, "Invalid value format", Severity.High,
            "A string does not have the required syntax: a pattern, a resource quantity (such as 500m or 1Gi), an object name, a label or an annotation key.",
            "Rewrite the value in the syntax named in the message."),
        Rule(ValueValidationFailed, "Value validation failed", Severity.High,
            "The value does not satisfy the schema's allOf, anyOf, oneOf or not constraints.",
            "Change the value to match one of the alternatives the schema allows."),
        Rule(SchemaProblem, "Schema cannot be fully used", Severity.Medium,
            "A CustomResourceDefinition's schema, or a schema document, has a part Rampart cannot check (an unsupported pattern, a missing reference). That part is not validated.",
            "Fix the schema, or accept that the part named in the message is not checked."),
        Rule(NoSchema, "No schema for this kind", Severity.Info,
            "No schema is known for the object's apiVersion and kind, so it is not validated. Reported once per kind and file.",
            "Add the CustomResourceDefinition to the repository, or pass --schemas with a directory or URL of OpenAPI v3 documents that describe the kind."),
        Rule(UnknownKind, "Unknown kind", Severity.High,
            "The API version is known but has no such kind (kinds are case-sensitive), so the API server would reject the object.",
            "Fix the kind's spelling, or use the API version that serves it."),
        Rule(RemovedApi, "API version removed", Severity.High,
            "The target Kubernetes release (--kubernetes-version, kubernetesVersion in rampart.yaml; the newest built in by default) no longer serves the kind in this API version, so the API server rejects the object.",
            "Move the object to the replacement API version the message names (and adapt the fields that changed), or remove it when there is none."),
        Rule(DeprecatedApi, "API version deprecated", Severity.Medium,
            "The target Kubernetes release still serves the kind in this API version but has deprecated it; the message names the release that removes it.",
            "Move the object to the replacement API version the message names before upgrading to the release that removes it."),
        Rule(ValidationRuleFailed, "Validation rule failed", Severity.High,
            "A CEL rule of the CustomResourceDefinition (x-kubernetes-validations) rejects the value, so the API server would reject the object.",
            "Change the value so that the rule holds; the message is the rule's own."),
    ];

    public static RuleDescriptor Get(string id) => All.First(r => r.Id == id);

    private static RuleDescriptor Rule(string id, string title, Severity severity, string description, string remediation) => new()
    {
        Id = id,
        Title = title,
        Category = Category.Schema,
        Severity = severity,
        Responsibility = Responsibility.Platform,
        Description = description,
        Remediation = remediation,
        HelpUri = $"docs/schemas.md#{id.ToLowerInvariant()}",
    };
}
