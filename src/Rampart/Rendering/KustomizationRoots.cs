using Rampart.Discovery;
using Rampart.Loading;
using Rampart.Rendering.Kustomize;
using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering;

/// <summary>
/// Plain kustomization roots (<see cref="EntryPointKind.Kustomization"/>): every folder holding a kustomization file
/// that no other kustomization names under <c>resources</c>, <c>bases</c> or <c>components</c>, and that is not a
/// <c>kind: Component</c>. Each is built as <c>kubectl kustomize</c> builds it; the files the build read are its
/// <see cref="EntryPointRender.SourceFiles"/>.
/// </summary>
public sealed class KustomizationRoots(KustomizeOptions? options = null) : IEntryPointSource
{
    public IReadOnlySet<string> ContextKinds { get; } = new HashSet<string>(StringComparer.Ordinal);

    public IReadOnlyList<EntryPoint> Find(RenderInputs inputs, CancellationToken cancellation)
    {
        var byFolder = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in inputs.Discovered.Where(f => f.Kind == FileKind.Kustomization))
        {
            var folder = KustomizePaths.Directory(file.RelativePath);
            var name = KustomizePaths.FileName(file.RelativePath);
            // Kustomize reads the first of its names that exists; a folder with two fails its build, reported there.
            if (!byFolder.TryGetValue(folder, out var known)
                || Array.IndexOf(FileNames.Kustomizations, name) < Array.IndexOf(FileNames.Kustomizations, KustomizePaths.FileName(known)))
            {
                byFolder[folder] = file.RelativePath;
            }
        }

        var named = new HashSet<string>(StringComparer.Ordinal);
        var components = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (folder, path) in byFolder)
        {
            cancellation.ThrowIfCancellationRequested();
            if (inputs.Files.ReadFile(path, out _) is not { } content)
            {
                continue;
            }

            var (isComponent, references) = KustomizationReferences.Read(folder, Load(inputs, path, content));
            if (isComponent)
            {
                components.Add(folder);
            }

            named.UnionWith(references.Where(r => r != folder));
        }

        return [.. byFolder
            .Where(pair => !named.Contains(pair.Key) && !components.Contains(pair.Key))
            .Select(pair => new EntryPoint(EntryPointKind.Kustomization, pair.Value, 1, KustomizePaths.Show(pair.Key), KustomizePaths.Show(pair.Key)))];
    }

    /// <summary>
    /// The documents of a kustomization file, loaded as a build loads it and kept for the build that reads it next,
    /// so that a file is loaded once for both.
    /// </summary>
    private List<LoadedDocument> Load(RenderInputs inputs, string path, byte[] content)
    {
        if (SourceFiles.Text(content) is not { } text || KustomizePaths.Normalize(path) is not { Length: > 0 } normalized)
        {
            return [];
        }

        var limits = (options ?? KustomizeOptions.Default).LoadLimits;
        List<LoadedDocument> documents = [.. new YamlLoader(limits) { RecordOrigins = true }.Load(normalized, text)];
        inputs.KustomizeBases.KeepLoaded(normalized, content, limits, documents);
        return documents;
    }

    public EntryPointRender Render(EntryPoint entryPoint, RenderInputs inputs, CancellationToken cancellation)
    {
        var files = new RecordingFileSystem(inputs.Files);
        var folder = entryPoint.Folder == "." ? "" : entryPoint.Folder;
        var result = KustomizeBuild.Run(files, folder, options, inputs.KustomizeBases);
        return new EntryPointRender(entryPoint, result.Objects, result.Findings, [.. files.Read.Order(StringComparer.Ordinal)], []);
    }
}
