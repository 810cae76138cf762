using Rampart.Loading;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering.GitOps;

/// <summary>
/// The kustomize fields of a Flux Kustomization (<c>spec.patches</c>, <c>images</c>, <c>components</c>,
/// <c>namePrefix</c>, <c>nameSuffix</c>) as a kustomization held in memory that builds <c>spec.path</c> as its base. Its
/// text is the Flux file's own lines for those fields, at the same lines and columns (every other line blank), so a
/// patch, an image or a prefix that sets a field is located at the Flux file's line; components, which Flux reads
/// relative to <c>spec.path</c>, are written relative to the overlay's folder on their own lines.
/// </summary>
internal static class FluxOverlay
{
    /// <summary>A folder at the root that no repository uses; the overlay lives there.</summary>
    public const string Folder = ".rampart-flux-kustomization";

    public const string File = Folder + "/kustomization.yaml";

    public static readonly string[] Fields = ["patches", "images", "components", "namePrefix", "nameSuffix"];

    /// <summary>
    /// The overlay's text for the Flux object <paramref name="spec"/> read from <paramref name="text"/>, or null when it
    /// sets none of <see cref="Fields"/>; <paramref name="problem"/> says why the fields cannot be applied (written in flow style).
    /// </summary>
    public static string? Text(MappingNode root, MappingNode spec, string text, string folder, out string? problem)
    {
        problem = null;
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var output = new string[lines.Length];
        var indent = -1;
        for (var i = 0; i < spec.Entries.Count; i++)
        {
            var entry = spec.Entries[i];
            if (entry.KeyText is not { } key || !Fields.Contains(key) || entry.Value is ScalarNode { Kind: ScalarKind.Null })
            {
                continue;
            }

            var first = entry.Key.Start.Line;
            var column = entry.Key.Start.Column;
            if (first > lines.Length || lines[first - 1][..(column - 1)].Trim().Length > 0 || (indent >= 0 && indent != column))
            {
                problem = $"spec.{key} is written in flow style";
                return null;
            }

            indent = column;
            var last = LastLine(root, spec, i, lines);
            for (var line = first; line <= last; line++)
            {
                output[line - 1] = lines[line - 1];
            }

            if (key == "components" && !Relocate(entry, first, folder, lines, output))
            {
                problem = "spec.components is written in flow style over several lines";
                return null;
            }
        }

        if (indent < 0)
        {
            return null;
        }

        var pad = new string(' ', indent - 1);
        var body = string.Join('\n', output.Select(l => l ?? ""));
        return body + $"\n{pad}resources:\n{pad}- {Quote("../" + folder)}\n";
    }

    /// <summary>The last line of spec entry <paramref name="index"/>: the line before the next entry of spec, or of the object.</summary>
    private static int LastLine(MappingNode root, MappingNode spec, int index, string[] lines)
    {
        if (index + 1 < spec.Entries.Count)
        {
            return spec.Entries[index + 1].Key.Start.Line - 1;
        }

        var after = root.Entries.SkipWhile(e => !ReferenceEquals(e.Value, spec)).Skip(1).FirstOrDefault();
        var end = after.Key is not null ? after.Key.Start.Line - 1 : Math.Min(root.End.Line, lines.Length);
        var start = spec.Entries[index].Key.Start.Line;
        for (var line = start + 1; line <= end; line++)
        {
            if (lines[line - 1].StartsWith("---", StringComparison.Ordinal) || lines[line - 1].StartsWith("...", StringComparison.Ordinal))
            {
                return line - 1;
            }
        }

        return end;
    }

    /// <summary>Writes each component path relative to the overlay's folder, on the line and column where it stands.</summary>
    private static bool Relocate(MappingEntry entry, int keyLine, string folder, string[] lines, string[] output)
    {
        if (entry.Value is not SequenceNode sequence)
        {
            return true;
        }

        var items = sequence.Items.OfType<ScalarNode>().ToList();
        if (items.Count > 0 && items.All(i => i.Start.Line == keyLine))
        {
            var key = (ScalarNode)entry.Key;
            output[keyLine - 1] = lines[keyLine - 1][..(key.Start.Column - 1)] + "components: [" + string.Join(", ", items.Select(i => Quote(Path(folder, i.Text)))) + "]";
            return true;
        }

        if (items.Any(i => i.Start.Line == keyLine || i.Start.Line != i.End.Line))
        {
            return false;
        }

        foreach (var item in items)
        {
            output[item.Start.Line - 1] = lines[item.Start.Line - 1][..(item.Start.Column - 1)] + Quote(Path(folder, item.Text));
        }

        return true;
    }

    private static string Path(string folder, string component) =>
        "../" + (folder.Length == 0 ? component : KustomizePaths.Normalize(folder + "/" + component) ?? folder + "/" + component);

    private static string Quote(string value) => Argo.WrapperText.Quote(value);
}
