using Rampart.Loading;
using Rampart.Templates;
using Rampart.Templates.Values;

namespace Rampart.Rendering.Helm;

/// <summary>
/// YAML read the way Helm reads values and fromYaml reads text (sigs.k8s.io/yaml: YAML 1.1 through JSON, so every
/// number is a float64 and every key a string), into the template value model, each mapping value remembering the
/// file position that set it.
/// </summary>
internal static class HelmYaml
{
    private static readonly YamlLoader Loader = new();

    /// <summary>The first document of <paramref name="text"/> (null when empty), or the first load problem as an error.</summary>
    public static object? ReadFirst(string text, string file, out string? error)
    {
        error = null;
        foreach (var doc in Loader.Load(file, text))
        {
            if (doc.Problems.FirstOrDefault(p => p.Severity >= Findings.Severity.High) is { } problem)
            {
                error = $"{file}:{problem.Location.Line}: {problem.Message}";
                return null;
            }

            return doc.Root is null ? null : ToGo(doc.Root, file, 0);
        }

        return null;
    }

    /// <summary>Every document of <paramref name="text"/>, or the first load problem as an error.</summary>
    public static List<object?> ReadAll(string text, string file, out string? error)
    {
        error = null;
        var result = new List<object?>();
        foreach (var doc in Loader.Load(file, text))
        {
            if (doc.Problems.FirstOrDefault(p => p.Severity >= Findings.Severity.High) is { } problem)
            {
                error = $"{file}:{problem.Location.Line}: {problem.Message}";
                return result;
            }

            result.Add(doc.Root is null ? null : ToGo(doc.Root, file, 0));
        }

        return result;
    }

    public static object? ToGo(Node node, string file, int depth)
    {
        switch (node)
        {
            case MappingNode m:
                var map = new GoMap();
                foreach (var entry in m.Entries)
                {
                    var key = entry.KeyText ?? (entry.Key as ScalarNode)?.Text ?? "";
                    map[key] = ToGo(entry.Value, file, depth + 1);
                    map.SetOrigin(key, new SourcePosition(file, entry.Value.Start.Line, entry.Value.Start.Column));
                }

                return map;
            case SequenceNode s:
                var items = new object?[s.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = ToGo(s[i], file, depth + 1);
                }

                return items;
            case ScalarNode scalar:
                return scalar.Kind switch
                {
                    ScalarKind.Null => null,
                    ScalarKind.Bool => scalar.Bool,
                    ScalarKind.Int => scalar.IsUnsigned ? (double)scalar.UInt : (double)scalar.Int,
                    ScalarKind.Float => scalar.Float,
                    _ => scalar.Text,
                };
            default:
                return null;
        }
    }
}
