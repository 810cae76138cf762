using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Audit;

/// <summary>
/// The GitOps objects of a repository (Flux Kustomizations and HelmReleases, Argo CD Applications) and the objects its
/// manifests define, to trace a live object back to the file that deployed it (see <see cref="Trace"/>).
/// </summary>
public sealed class GitOpsIndex
{
    public const string FluxKustomizeName = "kustomize.toolkit.fluxcd.io/name";
    public const string FluxKustomizeNamespace = "kustomize.toolkit.fluxcd.io/namespace";
    public const string FluxHelmName = "helm.toolkit.fluxcd.io/name";
    public const string FluxHelmNamespace = "helm.toolkit.fluxcd.io/namespace";
    public const string ArgoInstance = "app.kubernetes.io/instance";
    public const string ArgoTrackingId = "argocd.argoproj.io/tracking-id";

    private readonly Dictionary<string, (string File, string Path)> kustomizations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> helmReleases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string File, string? Path)> applications = new(StringComparer.Ordinal);
    private readonly List<(string File, string Kind, string? Name)> manifests = [];

    /// <summary>Reads every YAML file under <paramref name="root"/> (not <c>.git</c>); files that do not parse are skipped.</summary>
    public static GitOpsIndex Build(string root)
    {
        var index = new GitOpsIndex();
        var loader = new YamlLoader();
        var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".git/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var document in loader.LoadFile(file, Path.Combine(root, file)))
            {
                foreach (var obj in ObjectReader.Read(document, isManifest: false).Objects)
                {
                    index.Add(file, obj);
                }
            }
        }

        return index;
    }

    private void Add(string file, KubernetesObject obj)
    {
        var group = obj.ApiVersion.Split('/')[0];
        var key = Key(obj.Namespace, obj.Name);
        switch (obj.Kind)
        {
            case "Kustomization" when group == "kustomize.toolkit.fluxcd.io":
                kustomizations.TryAdd(key, (file, Folder(Text(obj.Root, "spec", "path") ?? "")));
                break;
            case "HelmRelease" when group == "helm.toolkit.fluxcd.io":
                helmReleases.TryAdd(key, file);
                break;
            case "Application" when group == "argoproj.io":
                var source = Text(obj.Root, "spec", "source", "path")
                    ?? ((obj.Root["spec"] as MappingNode)?["sources"] as SequenceNode)?.Items.OfType<MappingNode>().Select(s => Text(s, "path")).FirstOrDefault(p => p is not null);
                applications.TryAdd(obj.Name ?? "", (file, source is null ? null : Folder(source)));
                applications.TryAdd(Key(obj.Namespace, obj.Name).Replace('/', '_'), (file, source is null ? null : Folder(source)));
                break;
            default:
                manifests.Add((file, obj.Kind, obj.Name));
                break;
        }
    }

    /// <summary>
    /// The Git path of a live object: Flux's kustomize labels lead to that Kustomization's <c>spec.path</c>, Flux's helm
    /// labels to the HelmRelease's file, Argo CD's tracking-id annotation (or instance label) to the Application's
    /// source path; within a folder, the file that defines an object of the same kind and name, when there is one.
    /// </summary>
    public ObjectTrace Trace(LiveObject obj)
    {
        if (obj.Label(FluxKustomizeName) is { } kName)
        {
            var key = Key(obj.Label(FluxKustomizeNamespace) ?? "flux-system", kName);
            return kustomizations.TryGetValue(key, out var k)
                ? new ObjectTrace(Within(k.Path, obj) ?? k.Path, $"Flux Kustomization {key} ({k.File})", null)
                : ObjectTrace.Unknown($"Flux Kustomization {key} is not in the repository");
        }

        if (obj.Label(FluxHelmName) is { } hName)
        {
            var key = Key(obj.Label(FluxHelmNamespace) ?? obj.Namespace, hName);
            return helmReleases.TryGetValue(key, out var file)
                ? new ObjectTrace(file, $"Flux HelmRelease {key} ({file})", null)
                : ObjectTrace.Unknown($"Flux HelmRelease {key} is not in the repository");
        }

        var app = obj.Annotation(ArgoTrackingId) is { } tracking ? tracking.Split(':')[0] : obj.Label(ArgoInstance);
        if (app is not null)
        {
            if (!applications.TryGetValue(app, out var a))
            {
                return ObjectTrace.Unknown($"Argo CD Application {app} is not in the repository");
            }

            return a.Path is null
                ? new ObjectTrace(a.File, $"Argo CD Application {app} ({a.File})", null)
                : new ObjectTrace(Within(a.Path, obj) ?? a.Path, $"Argo CD Application {app} ({a.File})", null);
        }

        return ObjectTrace.Unknown("no Flux or Argo CD label or annotation names what deployed it");
    }

    private string? Within(string folder, LiveObject obj)
    {
        var prefix = folder.Length == 0 ? "" : folder + "/";
        return manifests.FirstOrDefault(m => m.File.StartsWith(prefix, StringComparison.Ordinal) && m.Kind == obj.Kind.Kind && m.Name == obj.Name).File;
    }

    private static string Key(string? ns, string? name) => $"{ns}/{name}";

    private static string Folder(string path)
    {
        var trimmed = path.Replace('\\', '/').Trim();
        while (trimmed.StartsWith("./", StringComparison.Ordinal))
        {
            trimmed = trimmed[2..];
        }

        return trimmed.Trim('/') is "." ? "" : trimmed.Trim('/');
    }

    private static string? Text(MappingNode map, params string[] path)
    {
        Node? node = map;
        foreach (var key in path)
        {
            node = (node as MappingNode)?[key];
        }

        return (node as ScalarNode)?.Text;
    }
}
