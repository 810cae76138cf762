using System.Globalization;
using System.Text.Json;
using Rampart.Findings;
using Rampart.Regex;

namespace Rampart.Schemas;

/// <summary>
/// Compiles OpenAPI v3 schemas (the structural subset Kubernetes uses) from a parsed JSON document into
/// <see cref="CompiledSchema"/> trees. Named schemas (<c>#/components/schemas/NAME</c>) are compiled once and
/// shared, which also closes reference cycles. Not thread-safe: <see cref="SchemaDocument"/> serialises use.
/// Problems in a schema (an invalid pattern, a dangling reference) are collected, never thrown.
/// </summary>
/// <param name="refPrefix">How references name a schema of <paramref name="components"/> (JSON Schema catalogs use <c>#/definitions/</c>).</param>
internal sealed partial class SchemaCompiler(JsonElement components, SchemaCompilerOptions options, string refPrefix = "#/components/schemas/")
{
    private const int MaxDepth = 200;

    private readonly Dictionary<string, CompiledSchema> named = new(StringComparer.Ordinal);
    private int depth;

    public List<string> Problems { get; } = [];

    public CompiledSchema CompileNamed(string name)
    {
        if (named.TryGetValue(name, out var done))
        {
            return done;
        }

        if (components.ValueKind != JsonValueKind.Object || !components.TryGetProperty(name, out var element))
        {
            Problems.Add($"reference to missing schema '{name}'");
            return named[name] = CompiledSchema.AnyValue;
        }

        if (AliasOf(element) is { } alias)
        {
            named[name] = CompiledSchema.AnyValue; // breaks an alias cycle, if any
            return named[name] = Resolve(alias);
        }

        var schema = new CompiledSchema { IsObjectMeta = name == "V1ObjectMeta" || name.EndsWith(".ObjectMeta", StringComparison.Ordinal) };
        named[name] = schema;
        Fill(schema, element, name, valueValidation: false);
        return schema;
    }

    public CompiledSchema Compile(JsonElement element, string where, bool valueValidation = false)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return CompiledSchema.AnyValue; // `true`, or anything that is not a schema object
        }

        if (AliasOf(element) is { } alias)
        {
            return Resolve(alias);
        }

        if (depth >= MaxDepth)
        {
            Problems.Add($"{where}: schema nested deeper than {MaxDepth} levels; the rest is not checked");
            return CompiledSchema.AnyValue;
        }

        depth++;
        try
        {
            var schema = new CompiledSchema();
            Fill(schema, element, where, valueValidation);
            return schema;
        }
        finally
        {
            depth--;
        }
    }

    /// <summary>
    /// Compiles the root schema of a custom resource: <c>apiVersion</c> and <c>kind</c> are always allowed and
    /// <c>metadata</c> is always Kubernetes' ObjectMeta, whatever the CRD declares for them.
    /// </summary>
    public CompiledSchema CompileResourceRoot(JsonElement element, string where)
    {
        var compiled = Compile(element, where);
        var root = ReferenceEquals(compiled, CompiledSchema.AnyValue) ? new CompiledSchema { Kind = SchemaKind.Object } : compiled;
        var properties = root.Properties?.ToDictionary(StringComparer.Ordinal) ?? new Dictionary<string, CompiledSchema>(StringComparer.Ordinal);
        properties["apiVersion"] = new CompiledSchema { Kind = SchemaKind.String };
        properties["kind"] = new CompiledSchema { Kind = SchemaKind.String };
        properties["metadata"] = options.ObjectMeta ?? CompiledSchema.AnyValue;
        root.Properties = Freeze(properties);
        return root;
    }

    private CompiledSchema Resolve(string reference)
    {
        if (!reference.StartsWith(refPrefix, StringComparison.Ordinal))
        {
            Problems.Add($"unsupported reference '{reference}'");
            return CompiledSchema.AnyValue;
        }

        return CompileNamed(reference[refPrefix.Length..]);
    }

    /// <summary>
    /// The reference a schema only wraps: <c>{$ref}</c>, or Kubernetes' <c>{allOf: [{$ref}], default, description}</c>.
    /// </summary>
    private static string? AliasOf(JsonElement element)
    {
        if (element.TryGetProperty("$ref", out var direct) && direct.ValueKind == JsonValueKind.String)
        {
            return direct.GetString();
        }

        if (element.TryGetProperty("allOf", out var allOf) && allOf.ValueKind == JsonValueKind.Array && allOf.GetArrayLength() == 1
            && allOf[0].ValueKind == JsonValueKind.Object && allOf[0].TryGetProperty("$ref", out var wrapped) && wrapped.ValueKind == JsonValueKind.String
            && !element.TryGetProperty("type", out _) && !element.TryGetProperty("properties", out _) && !element.TryGetProperty("items", out _))
        {
            return wrapped.GetString();
        }

        return null;
    }

    private void Fill(CompiledSchema schema, JsonElement element, string where, bool valueValidation)
    {
        schema.Kind = KindOf(element, where);
        var preserveUnknown = IsTrue(element, "x-kubernetes-preserve-unknown-fields");
        FillObject(schema, element, where, valueValidation, preserveUnknown);
        FillArray(schema, element, where);
        FillScalar(schema, element, where);
        FillValueValidations(schema, element, where);
        schema.Rules = ValidationRuleCompiler.Compile(element, where, Problems);
    }

    private SchemaKind KindOf(JsonElement element, string where)
    {
        if (IsTrue(element, "x-kubernetes-int-or-string") || Text(element, "format") == "int-or-string")
        {
            return SchemaKind.IntOrString;
        }

        var type = Text(element, "type") ?? NullableType(element);
        switch (type)
        {
            case "object": return SchemaKind.Object;
            case "array": return SchemaKind.Array;
            case "string": return SchemaKind.String;
            case "integer": return SchemaKind.Integer;
            case "number": return SchemaKind.Number;
            case "boolean": return SchemaKind.Boolean;
            case null or "": break;
            default:
                Problems.Add($"{where}: unsupported type '{type}'");
                return SchemaKind.Any;
        }

        if (IsQuantity(element))
        {
            return SchemaKind.Quantity;
        }

        return element.TryGetProperty("properties", out _) || element.TryGetProperty("additionalProperties", out _)
            ? SchemaKind.Object
            : SchemaKind.Any;
    }

    /// <summary>JSON Schema's <c>type: [string, "null"]</c> (catalogs generated from OpenAPI write nullable fields so): the one non-null type.</summary>
    private static string? NullableType(JsonElement element)
    {
        if (!element.TryGetProperty("type", out var types) || types.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var named = types.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String && t.GetString() != "null").ToList();
        return named.Count == 1 ? named[0].GetString() : null;
    }

    /// <summary>Kubernetes writes Quantity as <c>oneOf: [{type: string}, {type: number}]</c> with nothing else.</summary>
    private static bool IsQuantity(JsonElement element)
    {
        if (!element.TryGetProperty("oneOf", out var oneOf) || oneOf.ValueKind != JsonValueKind.Array || oneOf.GetArrayLength() != 2)
        {
            return false;
        }

        var types = oneOf.EnumerateArray().Select(b => b.ValueKind == JsonValueKind.Object ? Text(b, "type") : null).ToHashSet();
        return types.SetEquals(["string", "number"]);
    }

    private static bool IsTrue(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int Count(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n)
            ? (int)Math.Clamp(n, 0, int.MaxValue)
            : -1;

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    /// <summary>
    /// Compiles a <c>pattern</c> as Kubernetes does: with Go's regexp (RE2 syntax), not the ECMA-262 dialect OpenAPI
    /// names. A pattern Go rejects (lookaround, backreferences) makes the API server reject the schema.
    /// </summary>
    private static Re2Regex? TryPattern(string pattern, List<string> problems, string where)
    {
        if (Re2Regex.TryCompile(pattern, out var regex, out var error))
        {
            return regex;
        }

        problems.Add($"{where}: pattern '{FindingText.Cut(pattern)}' is not a valid regular expression in the RE2 syntax Kubernetes uses ({error.Message}); the API server rejects it, and the field is not checked");
        return null;
    }

    private static string? ScalarText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The properties as they are read while validating. A plain dictionary: frozen collections look up a little
    /// faster but cost far more to build and to JIT, and start-up time matters more here.
    /// </summary>
    private static Dictionary<string, CompiledSchema> Freeze(Dictionary<string, CompiledSchema> map) => map;
}
