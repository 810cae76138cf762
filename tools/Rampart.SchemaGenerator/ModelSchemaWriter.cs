using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using k8s.Models;

namespace Rampart.SchemaGenerator;

/// <summary>
/// Reflects over KubernetesClient's <c>k8s.Models</c> types and writes an OpenAPI v3 document
/// (<c>components.schemas</c> with <c>x-kubernetes-group-version-kind</c> on the kinds) without descriptions.
/// A non-nullable value-type property is required (the models make exactly those non-nullable);
/// <see cref="Facts"/> adds what the models do not say.
/// </summary>
internal static class ModelSchemaWriter
{
    private const string IntOrStringName = "IntOrString";
    private const string QuantityName = "Quantity";

    public static byte[] Write(Facts facts, out List<string> problems)
    {
        var assembly = typeof(V1Pod).Assembly;
        var roots = assembly.GetTypes()
            .Where(t => t.IsPublic && t.Namespace == "k8s.Models" && t.GetCustomAttribute<KubernetesEntityAttribute>() is not null && !t.IsGenericType)
            .ToList();
        var types = Reachable(roots);
        problems = CheckFacts(facts, types);

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("openapi", "3.0.0");
            writer.WriteStartObject("info");
            writer.WriteString("title", "Rampart built-in Kubernetes schemas (from KubernetesClient models)");
            writer.WriteString("version", SwaggerVersion(assembly));
            writer.WriteEndObject();
            writer.WriteStartObject("components");
            writer.WriteStartObject("schemas");
            writer.WriteStartObject(IntOrStringName);
            writer.WriteString("format", "int-or-string");
            writer.WriteBoolean("x-kubernetes-int-or-string", true);
            writer.WriteEndObject();
            writer.WriteStartObject(QuantityName);
            writer.WriteStartArray("oneOf");
            writer.WriteStartObject();
            writer.WriteString("type", "string");
            writer.WriteEndObject();
            writer.WriteStartObject();
            writer.WriteString("type", "number");
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            foreach (var type in types.OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                WriteType(writer, type, facts);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static string SwaggerVersion(Assembly assembly)
    {
        var field = assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .First(f => f.Name == "KubernetesSwaggerVersion");
        return (string)(field.IsLiteral ? field.GetRawConstantValue() : field.GetValue(null))!;
    }

    private static List<Type> Reachable(List<Type> roots)
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type))
            {
                continue;
            }

            foreach (var property in Properties(type))
            {
                if (ModelOf(property.Property.PropertyType) is { } model)
                {
                    queue.Enqueue(model);
                }
            }
        }

        return [.. seen];
    }

    /// <summary>The model type a property refers to, through lists and maps, or null for primitives.</summary>
    private static Type? ModelOf(Type type)
    {
        while (true)
        {
            if (type == typeof(IntOrString) || type == typeof(ResourceQuantity))
            {
                return null;
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IList<>))
            {
                type = type.GetGenericArguments()[0];
                continue;
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IDictionary<,>))
            {
                type = type.GetGenericArguments()[1];
                continue;
            }

            return type.Namespace == "k8s.Models" && type.IsClass ? type : null;
        }
    }

    private static IEnumerable<(PropertyInfo Property, string Json)> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (p, p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name))
            .Where(x => x.Name is not null)
            .Select(x => (x.p, x.Name!))
            .OrderBy(x => x.Item2, StringComparer.Ordinal);

    private static List<string> CheckFacts(Facts facts, List<Type> types)
    {
        var byName = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (typeName, field) in facts.Targets())
        {
            if (!byName.TryGetValue(typeName, out var type))
            {
                problems.Add($"facts.txt: no model type '{typeName}'");
            }
            else if (field is not null && !Properties(type).Any(p => p.Json == field))
            {
                problems.Add($"facts.txt: type '{typeName}' has no field '{field}'");
            }
        }

        return problems;
    }

    private static void WriteType(Utf8JsonWriter writer, Type type, Facts facts)
    {
        writer.WriteStartObject(type.Name);
        writer.WriteString("type", "object");
        var required = new SortedSet<string>(StringComparer.Ordinal);
        if (facts.Required.TryGetValue(type.Name, out var fromFacts))
        {
            required.UnionWith(fromFacts);
        }

        writer.WriteStartObject("properties");
        foreach (var (property, json) in Properties(type))
        {
            var clr = property.PropertyType;
            if (clr.IsValueType && Nullable.GetUnderlyingType(clr) is null)
            {
                required.Add(json);
            }

            writer.WriteStartObject(json);
            WriteField(writer, clr, facts, (type.Name, json));
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        if (required.Count > 0)
        {
            writer.WriteStartArray("required");
            foreach (var name in required)
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
        }

        if (type.GetCustomAttribute<KubernetesEntityAttribute>() is { } entity)
        {
            writer.WriteStartArray("x-kubernetes-group-version-kind");
            writer.WriteStartObject();
            writer.WriteString("group", entity.Group ?? "");
            writer.WriteString("kind", entity.Kind);
            writer.WriteString("version", entity.ApiVersion);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the members of a field's schema (inside an already started object).</summary>
    private static void WriteField(Utf8JsonWriter writer, Type clr, Facts facts, (string Type, string Field) key)
    {
        clr = Nullable.GetUnderlyingType(clr) ?? clr;
        if (clr.IsGenericType && clr.GetGenericTypeDefinition() == typeof(IList<>))
        {
            writer.WriteString("type", "array");
            writer.WriteStartObject("items");
            WriteValue(writer, clr.GetGenericArguments()[0], facts, key);
            writer.WriteEndObject();
            if (facts.ListMaps.TryGetValue(key, out var keys))
            {
                writer.WriteString("x-kubernetes-list-type", "map");
                writer.WriteStartArray("x-kubernetes-list-map-keys");
                keys.ForEach(writer.WriteStringValue);
                writer.WriteEndArray();
            }
            else if (facts.ListSets.Contains(key))
            {
                writer.WriteString("x-kubernetes-list-type", "set");
            }

            return;
        }

        WriteValue(writer, clr, facts, key);
    }

    private static void WriteValue(Utf8JsonWriter writer, Type clr, Facts facts, (string Type, string Field) key)
    {
        clr = Nullable.GetUnderlyingType(clr) ?? clr;
        if (clr.IsGenericType && clr.GetGenericTypeDefinition() == typeof(IDictionary<,>))
        {
            writer.WriteString("type", "object");
            writer.WriteStartObject("additionalProperties");
            WriteField(writer, clr.GetGenericArguments()[1], facts, ("", ""));
            writer.WriteEndObject();
            return;
        }

        if (clr.IsGenericType && clr.GetGenericTypeDefinition() == typeof(IList<>))
        {
            WriteField(writer, clr, facts, ("", ""));
            return;
        }

        if (clr == typeof(IntOrString) || clr == typeof(ResourceQuantity))
        {
            writer.WriteString("$ref", "#/components/schemas/" + (clr == typeof(IntOrString) ? IntOrStringName : QuantityName));
            return;
        }

        if (clr == typeof(object))
        {
            return; // any JSON value (RawExtension, JSON)
        }

        if (clr.Namespace == "k8s.Models" && clr.IsClass)
        {
            writer.WriteString("$ref", "#/components/schemas/" + clr.Name);
            return;
        }

        WritePrimitive(writer, clr);
        if (facts.Enums.TryGetValue(key, out var values))
        {
            writer.WriteStartArray("enum");
            values.ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
        }

        if (facts.Defaults.TryGetValue(key, out var value))
        {
            writer.WriteString("default", value);
        }

        if (facts.Ranges.TryGetValue(key, out var range))
        {
            writer.WriteNumber("minimum", range.Min);
            writer.WriteNumber("maximum", range.Max);
        }
    }

    private static void WritePrimitive(Utf8JsonWriter writer, Type clr)
    {
        var (type, format) = clr switch
        {
            _ when clr == typeof(string) => ("string", null),
            _ when clr == typeof(bool) => ("boolean", null),
            _ when clr == typeof(int) => ("integer", "int32"),
            _ when clr == typeof(long) => ("integer", "int64"),
            _ when clr == typeof(double) => ("number", "double"),
            _ when clr == typeof(DateTime) || clr == typeof(DateTimeOffset) => ("string", "date-time"),
            _ when clr == typeof(byte[]) => ("string", "byte"),
            _ => throw new NotSupportedException($"no schema for CLR type {clr}"),
        };
        writer.WriteString("type", type);
        if (format is not null)
        {
            writer.WriteString("format", format);
        }
    }
}
