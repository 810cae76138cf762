using Rampart.Regex;

namespace Rampart.Schemas;

/// <summary>
/// One schema of the OpenAPI v3 structural subset, compiled for <see cref="SchemaValidator"/>. Built by
/// <see cref="SchemaCompiler"/> (fields are set while compiling, which may create cycles through
/// <c>$ref</c>) and read-only once published.
/// </summary>
internal sealed class CompiledSchema
{
    /// <summary>Accepts every value.</summary>
    public static CompiledSchema AnyValue { get; } = new() { Kind = SchemaKind.Any };

    public SchemaKind Kind { get; set; }

    // Objects.
    public Dictionary<string, CompiledSchema>? Properties { get; set; }
    public string[] Required { get; set; } = [];
    /// <summary>The schema of fields not in <see cref="Properties"/> (a map's values).</summary>
    public CompiledSchema? AdditionalProperties { get; set; }
    /// <summary>Fields not in <see cref="Properties"/> and without <see cref="AdditionalProperties"/> are unknown fields.</summary>
    public bool RejectUnknownFields { get; set; }
    public bool EmbeddedResource { get; set; }
    /// <summary>This is Kubernetes' ObjectMeta: labels and annotations get their syntax checked.</summary>
    public bool IsObjectMeta { get; set; }
    public int MinProperties { get; set; } = -1;
    public int MaxProperties { get; set; } = -1;

    // Arrays.
    public CompiledSchema? Items { get; set; }
    public ListType ListType { get; set; }
    public ListMapKey[] ListMapKeys { get; set; } = [];
    public int MinItems { get; set; } = -1;
    public int MaxItems { get; set; } = -1;

    // Scalars.
    public IntegerFormat IntegerFormat { get; set; }
    public HashSet<string>? StringEnum { get; set; }
    /// <summary>Enum members that are not strings (numbers, booleans), as the text of their JSON form.</summary>
    public string[]? OtherEnum { get; set; }
    /// <summary>Every enum member, quoted, for messages.</summary>
    public string? EnumText { get; set; }
    public double? Minimum { get; set; }
    public double? Maximum { get; set; }
    public bool ExclusiveMinimum { get; set; }
    public bool ExclusiveMaximum { get; set; }
    public int MinLength { get; set; } = -1;
    public int MaxLength { get; set; } = -1;
    /// <summary>The pattern, with the syntax and semantics of Go's regexp that Kubernetes uses, matched in linear time.</summary>
    public Re2Regex? Pattern { get; set; }
    /// <summary>The default value's text when it is a scalar (used for missing list-map keys).</summary>
    public string? DefaultText { get; set; }

    // Value validations (structural schemas allow them beside the types above).
    public CompiledSchema[]? AllOf { get; set; }
    public CompiledSchema[]? AnyOf { get; set; }
    public CompiledSchema[]? OneOf { get; set; }
    public CompiledSchema? Not { get; set; }

    /// <summary>The CEL rules of <c>x-kubernetes-validations</c> (CRD schemas), or null.</summary>
    public ValidationRule[]? Rules { get; set; }

    /// <summary>True when validating can report nothing but type errors of <see cref="Kind"/>.</summary>
    public bool HasValueValidations => AllOf is not null || AnyOf is not null || OneOf is not null || Not is not null;
}
