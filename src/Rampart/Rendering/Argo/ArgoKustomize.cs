using System.Text;
using Rampart.Loading;
using Rampart.Rendering.Kustomize;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering.Argo;

/// <summary>
/// A Kustomize source. Argo CD runs <c>kustomize edit set nameprefix/namesuffix/namespace/image</c> and
/// <c>kustomize edit add label</c> on the application's kustomization before building it; here the same options go
/// into a kustomization held in memory that builds the folder as its base, its entries at the lines of the
/// Application's fields (so a prefix or an image set by the Application points at the Application), and the
/// application's own <c>namePrefix</c>, <c>nameSuffix</c> or <c>namespace</c> is taken out when the Application
/// replaces it.
/// </summary>
internal static class ArgoKustomize
{
    /// <summary>A folder at the root that no repository uses; the kustomization Argo CD's options make lives there.</summary>
    private const string WrapperFolder = ".rampart-argo-kustomize";

    private static readonly string[] KustomizationNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

    private static readonly string[] Replaced = ["namePrefix", "nameSuffix", "namespace"];

    private static readonly HashSet<string> Applied = ["namePrefix", "nameSuffix", "namespace", "images", "commonLabels", "commonAnnotations"];

    public static void Render(string folder, MappingNode source, RenderInputs inputs, ArgoRenderSink sink)
    {
        var options = ArgoFields.Map(source, "kustomize");
        foreach (var entry in options?.Entries ?? [])
        {
            if (entry.KeyText is { } key && !Applied.Contains(key) && entry.Value is not ScalarNode { Kind: ScalarKind.Null })
            {
                sink.Skip($"kustomize.{key} of the source '{KustomizePaths.Show(folder)}' is not applied");
            }
        }

        var wrapper = options is null ? null : Wrapper(options, folder);
        if (wrapper is not null && folder.Length == 0)
        {
            sink.Skip("the kustomize options of a source at the repository's root are not applied");
            wrapper = null;
        }

        var extra = new MemoryFileSystem();
        if (wrapper is not null)
        {
            extra.Add(WrapperFolder + "/kustomization.yaml", wrapper);
            TakeOutReplaced(options!, folder, inputs.Files, extra);
        }

        var files = new OverlayFileSystem(inputs.Files, extra);
        var start = wrapper is null ? folder : WrapperFolder;
        var result = KustomizeBuild.Run(files, start, bases: inputs.KustomizeBases);
        var wrapperFile = WrapperFolder + "/kustomization.yaml";
        var appOrigin = new NodeOrigin(sink.Application.File);
        sink.SourceFiles.UnionWith(files.Read.Where(p => p != wrapperFile));
        foreach (var finding in result.Findings)
        {
            sink.Findings.Add(finding.Location.Path == wrapperFile
                ? finding with { Location = finding.Location with { Path = sink.Application.File } }
                : finding);
        }

        foreach (var rendered in result.Objects)
        {
            sink.Objects.Add(wrapper is null
                ? rendered with { Chain = [sink.Application.File, .. rendered.Chain] }
                : new RenderedObject(
                    NodeRewrite.Reorigin(rendered.Root, wrapperFile, appOrigin),
                    rendered.Resource,
                    rendered.Source == wrapperFile ? sink.Application.File : rendered.Source,
                    [.. rendered.Chain.Select(c => c == wrapperFile ? sink.Application.File : c)]));
        }
    }

    /// <summary>The kustomization Argo CD's options amount to, or null when they set nothing.</summary>
    private static string? Wrapper(MappingNode options, string folder)
    {
        var text = new WrapperText();
        var any = false;
        foreach (var key in Replaced)
        {
            if (ArgoFields.Text(options, key) is { Length: > 0 } value)
            {
                text.Scalar(ArgoFields.Line(options, key), key, value);
                any = true;
            }
        }

        if (options["images"] is SequenceNode { Count: > 0 } images)
        {
            var items = images.Items.OfType<ScalarNode>().Select(i => (i.Start.Line, Image(ArgoKustomizeImage.Parse(i.Text)))).ToList();
            text.Group(ArgoFields.Line(options, "images"), "images", items, sequence: true);
            any = true;
        }

        foreach (var key in new[] { "commonLabels", "commonAnnotations" })
        {
            if (options[key] is MappingNode { Count: > 0 } map)
            {
                var items = map.Entries.Where(e => e.KeyText is not null)
                    .Select(e => (e.Key.Start.Line, $"{WrapperText.Quote(e.KeyText!)}: {WrapperText.Quote(ArgoFields.Text(e.Value) ?? "")}")).ToList();
                text.Group(ArgoFields.Line(options, key), key, items, sequence: false);
                any = true;
            }
        }

        if (!any)
        {
            return null;
        }

        text.Append("resources", [WrapperText.Quote("../" + folder)]);
        return text.ToString();
    }

    private static string Image(ArgoKustomizeImage image)
    {
        var fields = new List<string> { "name: " + WrapperText.Quote(image.Name) };
        AddIf(fields, "newName", image.NewName);
        AddIf(fields, "newTag", image.NewTag);
        AddIf(fields, "digest", image.Digest);
        return "{" + string.Join(", ", fields) + "}";
    }

    private static void AddIf(List<string> fields, string key, string? value)
    {
        if (value is not null)
        {
            fields.Add(key + ": " + WrapperText.Quote(value));
        }
    }

    /// <summary>
    /// Blanks the lines of the application kustomization's own <c>namePrefix</c>, <c>nameSuffix</c> or <c>namespace</c>
    /// that Argo CD's options replace, so that the rest keeps its lines.
    /// </summary>
    private static void TakeOutReplaced(MappingNode options, string folder, IKustomizeFileSystem files, MemoryFileSystem extra)
    {
        var replaced = Replaced.Where(k => ArgoFields.Text(options, k) is { Length: > 0 }).ToHashSet(StringComparer.Ordinal);
        var path = KustomizationNames.Select(n => KustomizePaths.Join(folder, n)).FirstOrDefault(p => p is not null && files.Kind(p) == EntryKind.File);
        if (replaced.Count == 0 || path is null || files.ReadFile(path, out _) is not { } bytes)
        {
            return;
        }

        var text = Encoding.UTF8.GetString(bytes);
        var document = new YamlLoader().Load(path, text).FirstOrDefault();
        if (document?.Root is not MappingNode root)
        {
            return;
        }

        var lines = text.Split('\n');
        var changed = false;
        foreach (var entry in root.Entries.Where(e => e.KeyText is { } k && replaced.Contains(k)))
        {
            var last = entry.Value.End.Column == 1 && entry.Value.End.Line > entry.Key.Start.Line ? entry.Value.End.Line - 1 : entry.Value.End.Line;
            for (var line = entry.Key.Start.Line; line <= last && line <= lines.Length; line++)
            {
                lines[line - 1] = "";
                changed = true;
            }
        }

        if (changed)
        {
            extra.Add(path, string.Join('\n', lines));
        }
    }
}
