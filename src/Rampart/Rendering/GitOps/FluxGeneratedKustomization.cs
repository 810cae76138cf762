using System.Text;
using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Rendering.Kustomize.Files;

namespace Rampart.Rendering.GitOps;

/// <summary>
/// The kustomization Flux generates for a <c>spec.path</c> folder that holds none: every file under it (recursively)
/// ending in <c>.yaml</c> or <c>.yml</c>, and every sub-folder that has a kustomization of its own (whose files it then
/// leaves to that kustomization). A file there that is YAML but not Kubernetes objects fails the build, as it fails Flux's.
/// </summary>
internal static class FluxGeneratedKustomization
{
    public static readonly string[] KustomizationNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

    public static bool HasKustomization(IKustomizeFileSystem files, string folder) =>
        KustomizationNames.Any(n => files.Kind(Join(folder, n)) == EntryKind.File);

    /// <summary>The text of the generated kustomization for <paramref name="folder"/>; a file that is not objects adds a finding.</summary>
    public static string For(RenderInputs inputs, string folder, List<Rampart.Findings.Finding> findings)
    {
        var loader = new YamlLoader();
        var resources = new SortedSet<string>(StringComparer.Ordinal);
        var bases = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in inputs.Discovered)
        {
            var path = file.RelativePath;
            if (!KustomizePaths.IsWithin(path, folder) || path == folder)
            {
                continue;
            }

            var below = Base(inputs.Files, folder, path);
            if (below is not null)
            {
                bases.Add(below);
            }
            else if (IsManifestFile(path) && Decode(loader, inputs.Files, path, findings))
            {
                resources.Add(Relative(folder, path));
            }
        }

        var sb = new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n");
        foreach (var resource in resources.Concat(bases.Select(b => Relative(folder, b))).Order(StringComparer.Ordinal))
        {
            sb.Append("- ").Append(System.Text.Json.JsonSerializer.Serialize(resource)).Append('\n');
        }

        return resources.Count + bases.Count == 0 ? "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\n" : sb.ToString();
    }

    /// <summary>The highest sub-folder of <paramref name="folder"/> above <paramref name="path"/> that has a kustomization, if any.</summary>
    private static string? Base(IKustomizeFileSystem files, string folder, string path)
    {
        var rest = path[(folder.Length == 0 ? 0 : folder.Length + 1)..].Split('/');
        var current = folder;
        for (var i = 0; i < rest.Length - 1; i++)
        {
            current = Join(current, rest[i]);
            if (HasKustomization(files, current))
            {
                return current;
            }
        }

        return null;
    }

    private static bool IsManifestFile(string path) =>
        !KustomizationNames.Contains(KustomizePaths.FileName(path))
        && (path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal));

    /// <summary>Whether the file holds objects; a document that is not one is a finding, as Flux fails to decode it.</summary>
    private static bool Decode(YamlLoader loader, IKustomizeFileSystem files, string path, List<Rampart.Findings.Finding> findings)
    {
        if (files.ReadFile(path, out _) is not { } bytes)
        {
            return false;
        }

        var any = false;
        foreach (var document in loader.Load(path, new MemoryStream(bytes)))
        {
            var read = ObjectReader.Read(document, isManifest: true);
            if (read.Problems.Count > 0 || document.Problems.Count > 0)
            {
                var at = read.Problems.Concat(document.Problems).First().Location;
                findings.Add(FluxRules.At(FluxRules.Invalid, path, at.Line, $"failed to decode Kubernetes YAML from {path}, which Flux's generated kustomization includes: {read.Problems.Concat(document.Problems).First().Message}"));
                return false;
            }

            any |= read.Objects.Count > 0;
        }

        return any;
    }

    private static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;

    private static string Relative(string folder, string path) => folder.Length == 0 ? path : path[(folder.Length + 1)..];
}
