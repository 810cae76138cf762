using System.Globalization;
using Rampart.Regex;
using Rampart.Templates;
using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary>
/// values.schema.json checks over the values given: type, required, properties, additionalProperties, items, enum,
/// const, minimum/maximum, minLength/maxLength and pattern (RE2). Each problem names the value's path and, when the
/// value came from a file, where it was set. Keywords outside this subset are not checked (docs/rendering.md).
/// </summary>
internal static class ValuesSchema
{
    private const int MaxDepth = 64;
    private const int MaxProblems = 100;

    public sealed record Problem(string Text, SourcePosition? Origin);

    public static List<Problem> Validate(object? schema, object? values)
    {
        var problems = new List<Problem>();
        Check(schema as GoMap, values, "", null, problems, 0);
        return problems;
    }

    private static void Check(GoMap? schema, object? value, string path, SourcePosition? origin, List<Problem> problems, int depth)
    {
        if (schema is null || depth > MaxDepth || problems.Count >= MaxProblems)
        {
            return;
        }

        void Fail(string text) => problems.Add(new Problem($"at '{(path.Length == 0 ? "/" : path)}': {text}", origin));
        if (schema.GetValueOrDefault("type") is { } type && !TypeMatches(type, value))
        {
            Fail($"got {TypeName(value)}, want {(type is object?[] l ? string.Join(" or ", l) : type)}");
            return;
        }

        if (schema.GetValueOrDefault("enum") is object?[] allowed && !allowed.Any(a => Equal(a, value)))
        {
            Fail("value must be one of " + string.Join(", ", allowed.Select(a => GoJson.Marshal(a))));
        }

        if (schema.TryGetValue("const", out var constant) && !Equal(constant, value))
        {
            Fail("value must be " + GoJson.Marshal(constant));
        }

        if (value is double or long && Number(value) is var n)
        {
            if (schema.GetValueOrDefault("minimum") is double min && n < min)
            {
                Fail($"minimum: got {Format(n)}, want {Format(min)}");
            }

            if (schema.GetValueOrDefault("maximum") is double max && n > max)
            {
                Fail($"maximum: got {Format(n)}, want {Format(max)}");
            }
        }

        if (value is string s)
        {
            var length = s.EnumerateRunes().Count();
            if (schema.GetValueOrDefault("minLength") is double minLength && length < minLength)
            {
                Fail($"minLength: got {length}, want {Format(minLength)}");
            }

            if (schema.GetValueOrDefault("maxLength") is double maxLength && length > maxLength)
            {
                Fail($"maxLength: got {length}, want {Format(maxLength)}");
            }

            if (schema.GetValueOrDefault("pattern") is string pattern && Re2Regex.TryCompile(pattern, out var regex, out _) && !regex.IsMatch(s))
            {
                Fail($"'{s}' does not match pattern '{pattern}'");
            }
        }

        if (value is GoMap map)
        {
            foreach (var required in (schema.GetValueOrDefault("required") as object?[] ?? []).OfType<string>())
            {
                if (!map.ContainsKey(required))
                {
                    Fail($"missing property '{required}'");
                }
            }

            var properties = schema.GetValueOrDefault("properties") as GoMap;
            foreach (var (key, child) in map)
            {
                var childPath = path + "/" + key;
                if (properties?.GetValueOrDefault(key) is GoMap childSchema)
                {
                    Check(childSchema, child, childPath, map.OriginOf(key) ?? origin, problems, depth + 1);
                }
                else if (schema.GetValueOrDefault("additionalProperties") is false)
                {
                    problems.Add(new Problem($"at '{path}/': additional properties '{key}' not allowed", map.OriginOf(key) ?? origin));
                }
                else if (schema.GetValueOrDefault("additionalProperties") is GoMap additional)
                {
                    Check(additional, child, childPath, map.OriginOf(key) ?? origin, problems, depth + 1);
                }
            }
        }

        if (value is object?[] items && schema.GetValueOrDefault("items") is GoMap itemSchema)
        {
            for (var i = 0; i < items.Length; i++)
            {
                Check(itemSchema, items[i], path + "/" + i.ToString(CultureInfo.InvariantCulture), origin, problems, depth + 1);
            }
        }
    }

    private static bool TypeMatches(object type, object? value) => type switch
    {
        string t => One(t, value),
        object?[] list => list.OfType<string>().Any(t => One(t, value)),
        _ => true,
    };

    private static bool One(string type, object? value) => type switch
    {
        "object" => value is GoMap,
        "array" => value is object?[],
        "string" => value is string,
        "boolean" => value is bool,
        "null" => value is null,
        "number" => value is double or long or GoNumber,
        "integer" => value is long or GoNumber { GoType.Kind: GoKind.Int64 } || (value is double d && Math.Floor(d) == d && double.IsFinite(d)),
        _ => true,
    };

    private static string TypeName(object? v) => v switch
    {
        null => "null",
        GoMap => "object",
        object?[] => "array",
        string => "string",
        bool => "boolean",
        double d when Math.Floor(d) == d => "integer",
        _ => "number",
    };

    private static double Number(object? v) => v switch
    {
        double d => d,
        long l => l,
        GoNumber n => n.Float,
        _ => 0,
    };

    private static string Format(double d) => d.ToString(CultureInfo.InvariantCulture);

    private static bool Equal(object? a, object? b) => GoJson.Marshal(a) == GoJson.Marshal(b);
}
