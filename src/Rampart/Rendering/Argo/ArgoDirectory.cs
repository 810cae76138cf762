using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering.Argo;

/// <summary>
/// A plain directory source, as Argo CD reads it: the <c>.yaml</c>, <c>.yml</c> and <c>.json</c> files of the folder
/// (and of its sub-folders with <c>directory.recurse</c>), filtered by <c>include</c> and <c>exclude</c> against the
/// path relative to the folder; every object of every document is applied.
/// </summary>
internal static class ArgoDirectory
{
    public static void Render(string folder, MappingNode source, RenderInputs inputs, ArgoRenderSink sink)
    {
        var directory = ArgoFields.Map(source, "directory");
        var recurse = ArgoFields.Flag(directory, "recurse");
        var include = ArgoFields.Text(directory, "include") is { Length: > 0 } i ? new ArgoGlob(i) : null;
        var exclude = ArgoFields.Text(directory, "exclude") is { Length: > 0 } e ? new ArgoGlob(e) : null;
        if (directory?["jsonnet"] is MappingNode { Count: > 0 })
        {
            sink.Skip($"the jsonnet options of the source '{KustomizePaths.Show(folder)}' are not applied");
        }

        var loader = new YamlLoader { RecordOrigins = true };
        var prefix = folder.Length == 0 ? "" : folder + "/";
        foreach (var file in inputs.Discovered.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            if (!file.RelativePath.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var relative = file.RelativePath[prefix.Length..];
            if ((!recurse && relative.Contains('/', StringComparison.Ordinal)) || exclude?.IsMatch(relative) == true || include?.IsMatch(relative) == false)
            {
                continue;
            }

            if (relative.EndsWith(".jsonnet", StringComparison.Ordinal) || relative.EndsWith(".libsonnet", StringComparison.Ordinal))
            {
                sink.Skip($"'{file.RelativePath}' is Jsonnet, which is not rendered");
                continue;
            }

            if (relative.EndsWith(".yaml", StringComparison.Ordinal) || relative.EndsWith(".yml", StringComparison.Ordinal) || relative.EndsWith(".json", StringComparison.Ordinal))
            {
                Read(loader, file.RelativePath, inputs, sink);
            }
        }
    }

    private static void Read(YamlLoader loader, string path, RenderInputs inputs, ArgoRenderSink sink)
    {
        if (inputs.Files.ReadFile(path, out var error) is not { } bytes)
        {
            sink.Skip($"'{path}' cannot be read: {error}");
            return;
        }

        sink.SourceFiles.Add(path);
        var objects = new List<KubernetesObject>();
        foreach (var document in loader.Load(path, new MemoryStream(bytes)))
        {
            sink.Findings.AddRange(document.Problems);
            ObjectReader.Read(document, isManifest: true, objects, sink.Findings);
        }

        foreach (var item in objects)
        {
            sink.Objects.Add(new RenderedObject(item.Root, item.Resource, path, [sink.Application.File]));
        }
    }
}
