using System.Text.Json;

namespace Rampart.Schemas;

/// <summary>The object, array, scalar and value-validation members of a schema.</summary>
internal sealed partial class SchemaCompiler
{
    private void FillObject(CompiledSchema schema, JsonElement element, string where, bool valueValidation, bool preserveUnknown)
    {
        var properties = new Dictionary<string, CompiledSchema>(StringComparer.Ordinal);
        if (element.TryGetProperty("properties", out var declared) && declared.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in declared.EnumerateObject())
            {
                properties[property.Name] = Compile(property.Value, $"{where}.properties[{property.Name}]");
            }
        }

        var additionalDeclared = element.TryGetProperty("additionalProperties", out var additional);
        if (additionalDeclared && additional.ValueKind == JsonValueKind.Object)
        {
            schema.AdditionalProperties = Compile(additional, $"{where}.additionalProperties");
        }
        else if (additionalDeclared && additional.ValueKind == JsonValueKind.True)
        {
            schema.AdditionalProperties = CompiledSchema.AnyValue;
        }

        if (IsTrue(element, "x-kubernetes-embedded-resource"))
        {
            schema.EmbeddedResource = true;
            properties.TryAdd("apiVersion", new CompiledSchema { Kind = SchemaKind.String });
            properties.TryAdd("kind", new CompiledSchema { Kind = SchemaKind.String });
            properties.TryAdd("metadata", options.ObjectMeta ?? CompiledSchema.AnyValue);
        }

        if (properties.Count > 0)
        {
            schema.Properties = Freeze(properties);
        }

        schema.RejectUnknownFields = options.Strict && !valueValidation && !preserveUnknown
            && schema.Kind == SchemaKind.Object
            && (additionalDeclared ? additional.ValueKind == JsonValueKind.False : properties.Count > 0 || !options.EmptyObjectsAreOpen);

        if (element.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            schema.Required = [.. required.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).Distinct(StringComparer.Ordinal)];
        }

        if (schema.EmbeddedResource)
        {
            schema.Required = [.. schema.Required.Union(["apiVersion", "kind"], StringComparer.Ordinal)];
        }

        schema.MinProperties = Count(element, "minProperties");
        schema.MaxProperties = Count(element, "maxProperties");
    }

    private void FillArray(CompiledSchema schema, JsonElement element, string where)
    {
        if (element.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Object)
        {
            schema.Items = Compile(items, $"{where}.items");
        }

        schema.MinItems = Count(element, "minItems");
        schema.MaxItems = Count(element, "maxItems");
        switch (Text(element, "x-kubernetes-list-type"))
        {
            case "set":
                schema.ListType = ListType.Set;
                break;
            case "map":
                var keys = element.TryGetProperty("x-kubernetes-list-map-keys", out var k) && k.ValueKind == JsonValueKind.Array
                    ? k.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray()
                    : [];
                if (keys.Length == 0)
                {
                    Problems.Add($"{where}: x-kubernetes-list-type map without x-kubernetes-list-map-keys");
                    break;
                }

                schema.ListType = ListType.Map;
                schema.ListMapKeys = [.. keys.Select(key => new ListMapKey(key, DefaultOf(schema.Items, key)))];
                break;
        }
    }

    private static string? DefaultOf(CompiledSchema? items, string key) =>
        items?.Properties is { } properties && properties.TryGetValue(key, out var field) ? field.DefaultText : null;

    private void FillScalar(CompiledSchema schema, JsonElement element, string where)
    {
        schema.IntegerFormat = Text(element, "format") switch
        {
            "int32" => IntegerFormat.Int32,
            "int64" => IntegerFormat.Int64,
            _ => IntegerFormat.None,
        };
        if (element.TryGetProperty("enum", out var members) && members.ValueKind == JsonValueKind.Array && members.GetArrayLength() > 0)
        {
            var strings = new List<string>();
            var others = new List<string>();
            foreach (var member in members.EnumerateArray())
            {
                if (member.ValueKind == JsonValueKind.String)
                {
                    strings.Add(member.GetString()!);
                }
                else if (ScalarText(member) is { } text)
                {
                    others.Add(text);
                }
            }

            schema.StringEnum = strings.ToHashSet(StringComparer.Ordinal);
            schema.OtherEnum = others.Count > 0 ? [.. others] : null;
            schema.EnumText = string.Join(", ", strings.Order(StringComparer.Ordinal).Select(s => $"\"{s}\"").Concat(others));
        }

        schema.Minimum = Number(element, "minimum");
        schema.Maximum = Number(element, "maximum");
        schema.ExclusiveMinimum = IsTrue(element, "exclusiveMinimum");
        schema.ExclusiveMaximum = IsTrue(element, "exclusiveMaximum");
        schema.MinLength = Count(element, "minLength");
        schema.MaxLength = Count(element, "maxLength");
        if (Text(element, "pattern") is { } pattern)
        {
            schema.Pattern = TryPattern(pattern, Problems, where);
        }

        if (element.TryGetProperty("default", out var value))
        {
            schema.DefaultText = ScalarText(value);
        }
    }

    private void FillValueValidations(CompiledSchema schema, JsonElement element, string where)
    {
        if (schema.Kind is SchemaKind.Quantity or SchemaKind.IntOrString)
        {
            return; // their oneOf/anyOf only restate the type
        }

        schema.AllOf = Branches(element, "allOf", where);
        schema.AnyOf = Branches(element, "anyOf", where);
        schema.OneOf = Branches(element, "oneOf", where);
        if (element.TryGetProperty("not", out var not) && not.ValueKind == JsonValueKind.Object)
        {
            schema.Not = Compile(not, $"{where}.not", valueValidation: true);
        }
    }

    private CompiledSchema[]? Branches(JsonElement element, string name, string where)
    {
        if (!element.TryGetProperty(name, out var branches) || branches.ValueKind != JsonValueKind.Array || branches.GetArrayLength() == 0)
        {
            return null;
        }

        return [.. branches.EnumerateArray().Select((b, i) => Compile(b, Invariant($"{where}.{name}[{i}]"), valueValidation: true))];
    }
}
