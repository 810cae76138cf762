using System.Text;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Rendering.GitOps;

/// <summary>
/// The values a HelmRelease gives its chart, in the order Helm's controller merges them: the source's
/// <c>valuesFiles</c>, each <c>valuesFrom</c> ConfigMap or Secret key (at <c>targetPath</c> when given, as a string),
/// then <c>spec.values</c>. Each is handed over as YAML text whose lines are the lines of the file that wrote it, so
/// that a rendered value stands at the line that set it.
/// </summary>
internal static class HelmReleaseValues
{
    public static List<(string Yaml, string DisplayPath)>? Collect(
        KubernetesObject release, IReadOnlyList<string> valuesFiles, RenderInputs inputs, string what, List<string> notChecked, ISet<string> sources)
    {
        var result = new List<(string, string)>();
        foreach (var file in valuesFiles)
        {
            var path = Rampart.Rendering.Kustomize.Files.KustomizePaths.Normalize(file);
            if (path is null || inputs.Files.ReadFile(path, out _) is not { } bytes)
            {
                notChecked.Add($"{what}: the values file {file} is not in the repository; what it installs was not checked.");
                return null;
            }

            sources.Add(path);
            result.Add((Encoding.UTF8.GetString(bytes), path));
        }

        foreach (var reference in (FluxSpec.At(release.Root, "spec", "valuesFrom") as SequenceNode)?.Items ?? [])
        {
            var optional = FluxSpec.At(reference, "optional") is ScalarNode { Kind: ScalarKind.Bool, Bool: true };
            var key = FluxSpec.Text(reference, "valuesKey") ?? "values.yaml";
            var source = FluxDataSources.Find(inputs.DataObjects, reference, release.Namespace, out var why);
            var entry = source is null ? null : FluxDataSources.Entries(source).Where(e => e.Key == key).Select(e => e.Entry).LastOrDefault();
            if (entry is null)
            {
                if (!optional)
                {
                    notChecked.Add($"{what}: valuesFrom reads {why ?? $"the key {key} of the {source!.Kind} {FluxSpec.NameOf(source)}, which has no such key"}; what it installs was not checked.");
                    return null;
                }

                continue;
            }

            sources.Add(entry.File);
            if (FluxSpec.Text(reference, "targetPath") is { Length: > 0 } targetPath)
            {
                if (AtPath(targetPath, entry) is not { } yaml)
                {
                    notChecked.Add($"{what}: valuesFrom targetPath '{targetPath}' is not a dotted path of keys, which is all Rampart places; what it installs was not checked.");
                    return null;
                }

                result.Add((yaml, entry.File));
            }
            else
            {
                result.Add((Lines(entry.At) + entry.Value, entry.File));
            }
        }

        if (FluxSpec.At(release.Root, "spec", "values") is MappingNode values && inputs.Files.ReadFile(release.Path, out _) is { } releaseFile)
        {
            result.Add((Excerpt(Encoding.UTF8.GetString(releaseFile), values), release.Path));
        }

        return result;
    }

    /// <summary>Blank lines that put the first line of a scalar's text on the line it starts in its file.</summary>
    private static string Lines(Node at) =>
        new('\n', Math.Max(0, at is ScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded } ? at.Start.Line : at.Start.Line - 1));

    /// <summary>The value as a string at a dotted path of keys, its leaf on the line of the value's key.</summary>
    private static string? AtPath(string targetPath, FluxDataSources.Entry entry)
    {
        var keys = targetPath.Split('.');
        if (keys.Any(k => k.Length == 0 || k.Contains('[', StringComparison.Ordinal) || k.Contains('\\', StringComparison.Ordinal)))
        {
            return null;
        }

        var sb = new StringBuilder(new string('\n', Math.Max(0, entry.At.Start.Line - keys.Length)));
        for (var i = 0; i < keys.Length; i++)
        {
            sb.Append(' ', 2 * i).Append(System.Text.Json.JsonSerializer.Serialize(keys[i])).Append(':');
            sb.Append(i == keys.Length - 1 ? " " + System.Text.Json.JsonSerializer.Serialize(entry.Value) + "\n" : "\n");
        }

        return sb.ToString();
    }

    /// <summary>
    /// The text of <paramref name="values"/> as it stands in its file, every other line blanked, so that each value read
    /// from it keeps its line: the lines from its start while they are indented at least as far as it is.
    /// </summary>
    private static string Excerpt(string text, MappingNode values)
    {
        var lines = text.Split('\n');
        var indent = values.Start.Column - 1;
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].TrimEnd('\r');
            if (number == values.Start.Line)
            {
                sb.Append(' ', Math.Min(indent, line.Length)).Append(line.AsSpan(Math.Min(indent, line.Length)));
            }
            else if (number > values.Start.Line && number <= values.End.Line && (line.Trim().Length == 0 || line.TrimStart().StartsWith('#') || Indent(line) >= indent))
            {
                sb.Append(line);
            }
            else if (number > values.End.Line || (number > values.Start.Line && Indent(line) < indent))
            {
                break;
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;
}
