using System.Text;
using System.Text.Json;
using Rampart.Rendering.Helm;
using Rampart.Templates;
using Rampart.Templates.Execution;
using Rampart.Templates.Values;

namespace Rampart.Tests.Rendering.Helm;

/// <summary>Renders one corpus case the way the corpus's oracle does (Helm's engine set-up) and compares with its expectation.</summary>
internal static class HelmCaseRunner
{
    /// <summary>Null when the case passes, else what differed.</summary>
    public static string? Run(HelmCase c)
    {
        var (output, error) = DeepStack.Run(() => Render(c));
        var expected = c.Json.GetProperty("expected");
        if (expected.TryGetProperty("error_contains", out var contains))
        {
            if (error is null)
            {
                return $"expected an error containing '{contains.GetString()}', got output '{Cut(output)}'";
            }

            return error.Contains(contains.GetString()!, StringComparison.Ordinal) ? null : $"error '{Cut(error)}' lacks '{contains.GetString()}'";
        }

        if (error is not null)
        {
            return $"unexpected error '{Cut(error)}'";
        }

        if (c.Json.TryGetProperty("check", out var check))
        {
            output = Check(check.GetString()!, output);
        }

        var want = expected.TryGetProperty("output", out var o)
            ? o.GetString()!
            : Encoding.UTF8.GetString(Convert.FromBase64String(expected.GetProperty("output_base64").GetString()!));
        return output == want ? null : $"output '{Cut(output)}' != expected '{Cut(want)}'";
    }

    private static string Cut(string s) => s.Length > 300 ? s[..300] + "..." : s;

    private static string Check(string check, string output)
    {
        if (check == "len")
        {
            return Encoding.UTF8.GetByteCount(output).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var regex = Rampart.Regex.Re2Regex.Compile(check["re:".Length..]);
        return regex.IsMatch(output) ? "true" : "false";
    }

    private static (string Output, string? Error) Render(HelmCase c)
    {
        var strict = c.Json.TryGetProperty("strict", out var s) && s.ValueKind == JsonValueKind.True;
        var set = new TemplateSet(HelmFunctions.Table, strict ? MissingKey.Error : MissingKey.Zero);
        var templates = new List<(string Name, string Text)>();
        if (c.String("template") is { } main)
        {
            templates.Add(("main", main));
        }

        if (c.Json.TryGetProperty("templates", out var list))
        {
            templates.AddRange(list.EnumerateArray().Select(t => (t.GetProperty("name").GetString()!, t.GetProperty("text").GetString()!)));
        }

        var entry = c.String("entry") ?? templates[0].Name;
        foreach (var (name, text) in templates.OrderByDescending(t => t.Name.Count(ch => ch == '/')).ThenByDescending(t => t.Name, StringComparer.Ordinal))
        {
            if (set.Parse(name, text) is { } parseError)
            {
                return ("", parseError);
            }
        }

        var dot = c.Json.TryGetProperty("helm", out var helm) ? HelmDot(helm, entry) : Data(c);
        var result = set.Execute(entry, dot);
        return result.Error is not null
            ? (result.Text, result.Error)
            : (result.Text.Replace("<no value>", "", StringComparison.Ordinal), null);
    }

    private static object? Data(HelmCase c) =>
        !c.Json.TryGetProperty("data", out var data) ? new GoMap() : GoJson.Unmarshal(data.GetRawText(), out _);

    private static GoMap HelmDot(JsonElement helm, string entry)
    {
        GoMap values = new();
        if (helm.TryGetProperty("values", out var v))
        {
            values = GoJson.Unmarshal(v.GetRawText(), out _) as GoMap ?? new GoMap();
        }
        else if (helm.TryGetProperty("values_yaml", out var y))
        {
            values = HelmYaml.ReadFirst(y.GetString()!, "values.yaml", out _) as GoMap ?? new GoMap();
        }

        var release = HelmTopLevel.Release("release-name", "default", helm.TryGetProperty("release", out var r) ? GoJson.Unmarshal(r.GetRawText(), out _) as GoMap : null);
        var meta = new GoMap { ["name"] = "mychart", ["version"] = "0.1.0", ["appVersion"] = "1.16.0", ["apiVersion"] = "v2", ["type"] = "application" };
        if (helm.TryGetProperty("chart", out var ch) && GoJson.Unmarshal(ch.GetRawText(), out _) is GoMap given)
        {
            foreach (var (k, x) in given)
            {
                meta[k] = x;
            }
        }

        var kube = helm.TryGetProperty("kube_version", out var kv) ? kv.GetString()! : HelmCapabilities.DefaultKubeVersion;
        string[]? apis = helm.TryGetProperty("api_versions", out var av) ? [.. av.EnumerateArray().Select(x => x.GetString()!)] : null;
        var files = new HelmFiles();
        if (helm.TryGetProperty("files", out var f))
        {
            foreach (var p in f.EnumerateObject())
            {
                files[p.Name] = Encoding.UTF8.GetBytes(p.Value.GetString()!);
            }
        }

        var chart = HelmTopLevel.Chart(meta, isRoot: true);
        return HelmTopLevel.Build(values, release, chart, HelmTopLevel.Capabilities(HelmKubeVersion.Parse(kube)!, apis), files, entry, $"{meta["name"]}/templates");
    }
}
