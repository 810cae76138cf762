using Rampart.Templates;
using Rampart.Templates.Execution;
using Rampart.Templates.Functions;
using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary>Sprig plus the functions Helm adds (pkg/engine/funcs.go): YAML and JSON codecs, include, tpl, required, fail, lookup.</summary>
internal static class HelmFunctions
{
    /// <summary>Helm's limit on nested inclusions of one template name.</summary>
    public const int MaxNestedIncludes = 1000;

    private static readonly GoType Any = GoTypes.Any;
    private static readonly GoType Str = GoTypes.String;
    private static readonly Lazy<IReadOnlyDictionary<string, GoFunction>> Lazy = new(Build);

    public static IReadOnlyDictionary<string, GoFunction> Table => Lazy.Value;

    private static Dictionary<string, GoFunction> Build()
    {
        var t = new Dictionary<string, GoFunction>(Sprig.Functions, StringComparer.Ordinal);
        Add(t, "toYaml", [Any], Str, a => ToYaml(a[0]) ?? "");
        Add(t, "mustToYaml", [Any], Str, a => ToYaml(a[0]) ?? throw new TemplateFunctionException("json: unsupported value"));
        Add(t, "toYamlPretty", [Any], Str, a => GoYamlWriter.Marshal(a[0], indentSequences: true) is { } s ? s[..^1] : "");
        Add(t, "fromYaml", [Str], GoTypes.MapOfAny, a => FromYaml((string)a[0]!));
        Add(t, "fromYamlArray", [Str], GoTypes.SliceOfAny, a => FromYamlArray((string)a[0]!));
        Add(t, "toJson", [Any], Str, a => GoJson.Marshal(a[0]) ?? "");
        Add(t, "mustToJson", [Any], Str, a => GoJson.Marshal(a[0]) ?? throw new TemplateFunctionException("json: unsupported value"));
        Add(t, "toPrettyJson", [Any], Str, a => GoJson.Marshal(a[0], indent: true) ?? "");
        Add(t, "mustToPrettyJson", [Any], Str, a => GoJson.Marshal(a[0], indent: true) ?? throw new TemplateFunctionException("json: unsupported value"));
        Add(t, "toRawJson", [Any], Str, a => GoJson.Marshal(a[0], escapeHtml: false) ?? "");
        Add(t, "mustToRawJson", [Any], Str, a => GoJson.Marshal(a[0], escapeHtml: false) ?? throw new TemplateFunctionException("json: unsupported value"));
        Add(t, "fromJson", [Str], GoTypes.MapOfAny, a => FromJson((string)a[0]!, must: false));
        Add(t, "mustFromJson", [Str], Any, a => FromJson((string)a[0]!, must: true));
        Add(t, "fromJsonArray", [Str], GoTypes.SliceOfAny, a => FromJsonArray((string)a[0]!));
        Add(t, "toToml", [Any], Str, a => GoTomlWriter.Marshal(a[0]));
        Add(t, "mustToToml", [Any], Str, a => GoTomlWriter.Marshal(a[0], must: true));
        Add(t, "fromToml", [Str], GoTypes.MapOfAny, a => GoTomlReader.Read((string)a[0]!));
        Add(t, "lookup", [Str, Str, Str, Str], GoTypes.MapOfAny, _ => new GoMap());
        Add(t, "getHostByName", [Str], Str, _ => "");
        Add(t, "required", [Str, Any], Any, a => a[1] is null or "" ? throw new TemplateFunctionException((string)a[0]!) : a[1]);
        Add(t, "fail", [Str], Str, a => throw new TemplateFunctionException((string)a[0]!));
        t["include"] = new GoFunction("include", [Str, Any], false, Str, (c, a) => Include(c, (string)a[0]!, a[1]));
        t["tpl"] = new GoFunction("tpl", [Str, Any], false, Str, (c, a) => Tpl(c, (string)a[0]!, a[1]));
        return t;
    }

    private static void Add(Dictionary<string, GoFunction> t, string name, GoType[] p, GoType r, Func<object?[], object?> body) =>
        t[name] = new GoFunction(name, p, false, r, (_, a) => body(a));

    private static string? ToYaml(object? v) => GoYamlWriter.Marshal(v) is { } s ? s[..^1] : null;

    private static GoMap FromYaml(string s)
    {
        var v = HelmYaml.ReadFirst(s, "fromYaml", out var error);
        if (error is not null)
        {
            return new GoMap { ["Error"] = "error converting YAML to JSON: " + GoYamlError(error) };
        }

        return v switch
        {
            GoMap m => m,
            null => new GoMap(),
            _ => new GoMap { ["Error"] = $"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {JsonKind(v)} into Go value of type map[string]interface {{}}" },
        };
    }

    /// <summary>go-yaml's wording: <c>yaml: line N: message</c>, the line counted as go-yaml counts it.</summary>
    private static string GoYamlError(string error)
    {
        var parts = error.Split(':', 3);
        if (parts.Length == 3 && int.TryParse(parts[1], out var line))
        {
            var message = parts[2].Trim();
            var comma = message.IndexOf(", ", StringComparison.Ordinal);
            if (message.StartsWith("While ", StringComparison.Ordinal) && comma > 0)
            {
                message = message[(comma + 2)..];
            }

            var end = message.IndexOfAny(['.', ';']);
            return $"yaml: line {Math.Max(1, line - 1)}: {(end > 0 ? message[..end] : message)}";
        }

        return error;
    }

    private static object?[] FromYamlArray(string s)
    {
        var v = HelmYaml.ReadFirst(s, "fromYamlArray", out var error);
        if (error is not null)
        {
            return ["error converting YAML to JSON: " + error];
        }

        return v switch
        {
            object?[] l => l,
            null => [],
            _ => [$"error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {JsonKind(v)} into Go value of type []interface {{}}"],
        };
    }

    private static string JsonKind(object? v) => v switch
    {
        string => "string",
        double or long => "number",
        bool => "bool",
        GoMap => "object",
        _ => "array",
    };

    private static object? FromJson(string s, bool must)
    {
        var v = GoJson.Unmarshal(s, out var error);
        if (error is not null)
        {
            return must ? throw new TemplateFunctionException(error) : new GoMap { ["Error"] = error };
        }

        return must ? v : v as GoMap ?? new GoMap { ["Error"] = $"json: cannot unmarshal {JsonKind(v)} into Go value of type map[string]interface {{}}" };
    }

    private static object?[] FromJsonArray(string s)
    {
        var v = GoJson.Unmarshal(s, out var error);
        return error is not null ? [error] : v as object?[] ?? [$"json: cannot unmarshal {JsonKind(v)} into Go value of type []interface {{}}"];
    }

    private static string Include(CallContext c, string name, object? data)
    {
        var open = c.Budget.OpenIncludes;
        open.TryGetValue(name, out var count);
        if (count > MaxNestedIncludes)
        {
            throw new TemplateFunctionException($"rendering template has a nested reference name: {name}: unable to execute template");
        }

        open[name] = count + 1;
        try
        {
            return c.ExecuteTemplate(name, data);
        }
        finally
        {
            open[name] = count;
        }
    }

    private static string Tpl(CallContext c, string text, object? data)
    {
        var clone = c.Set.Clone();
        var error = clone.Parse(clone.RootName, text);
        if (error is not null)
        {
            throw new TemplateFunctionException($"cannot parse template {GoQuote.Quote(text)}: {error}");
        }

        try
        {
            return c.ExecuteTemplate(clone, clone.RootName, data).Replace("<no value>", "", StringComparison.Ordinal);
        }
        catch (TemplateFunctionException e)
        {
            throw new TemplateFunctionException($"error during tpl function execution for {GoQuote.Quote(text)}: {e.Message}");
        }
    }
}
