using Rampart.Configuration;
using Rampart.Rendering;

namespace Rampart.Audit;

/// <summary>
/// The GitOps objects of a repository (Flux Kustomizations and HelmReleases, Argo CD applications) with what each
/// renders, and the objects its manifests define, to trace a live object back to the file and line that define it
/// (see <see cref="Trace"/>). Read with <see cref="GitOpsRepository"/>, as a scan reads the repository.
/// </summary>
public sealed class GitOpsIndex
{
    public const string FluxKustomizeName = "kustomize.toolkit.fluxcd.io/name";
    public const string FluxKustomizeNamespace = "kustomize.toolkit.fluxcd.io/namespace";
    public const string FluxHelmName = "helm.toolkit.fluxcd.io/name";
    public const string FluxHelmNamespace = "helm.toolkit.fluxcd.io/namespace";
    public const string ArgoInstance = "app.kubernetes.io/instance";
    public const string ArgoTrackingId = "argocd.argoproj.io/tracking-id";

    private readonly IReadOnlyList<Deployer> deployers;
    private readonly Func<string, IReadOnlyList<DeployedObject>> defined;

    private GitOpsIndex(IReadOnlyList<Deployer> deployers, Func<string, IReadOnlyList<DeployedObject>> defined) =>
        (this.deployers, this.defined) = (deployers, defined);

    /// <summary>Reads the repository at <paramref name="root"/> with its configuration's limits. Never throws for what the repository holds.</summary>
    public static GitOpsIndex Build(string root, RampartConfig config, CancellationToken cancellation = default)
    {
        var (deployers, defined) = GitOpsRepository.Read(root, config, cancellation);
        return new GitOpsIndex(deployers, defined);
    }

    /// <summary>
    /// The Git path of a live object: Flux's kustomize labels lead to that Kustomization, Flux's helm labels to the
    /// HelmRelease, Argo CD's tracking-id annotation (or instance label) to the application; the object of the same
    /// kind and name among what it renders gives the file and line (a base, a chart template); failing that, the file
    /// in its folder that defines such an object, else the folder (or the deploying object's file).
    /// </summary>
    public ObjectTrace Trace(LiveObject obj)
    {
        if (obj.Label(FluxKustomizeName) is { } kName)
        {
            var ns = obj.Label(FluxKustomizeNamespace) ?? "flux-system";
            var key = ns + "/" + kName;
            return Find(EntryPointKind.FluxKustomization, n => n == key || n == kName) is { } k
                ? Locate(k, obj, $"Flux Kustomization {key} ({k.EntryPoint.File})", k.EntryPoint.Folder)
                : ObjectTrace.Unknown($"Flux Kustomization {key} is not in the repository");
        }

        if (obj.Label(FluxHelmName) is { } hName)
        {
            var key = (obj.Label(FluxHelmNamespace) ?? obj.Namespace) + "/" + hName;
            return Find(EntryPointKind.FluxHelmRelease, n => n == key || n == hName) is { } h
                ? Locate(h, obj, $"Flux HelmRelease {key} ({h.EntryPoint.File})", null)
                : ObjectTrace.Unknown($"Flux HelmRelease {key} is not in the repository");
        }

        var app = obj.Annotation(ArgoTrackingId) is { } tracking ? tracking.Split(':')[0] : obj.Label(ArgoInstance);
        if (app is not null)
        {
            var a = Find(EntryPointKind.ArgoApplication, n => IsApplication(n, app)) ?? Find(EntryPointKind.ArgoApplicationSet, n => IsApplication(n, app));
            return a is null
                ? ObjectTrace.Unknown($"Argo CD Application {app} is not in the repository")
                : Locate(a, obj, $"Argo CD Application {app} ({a.EntryPoint.File})", a.EntryPoint.Folder);
        }

        return ObjectTrace.Unknown("no Flux or Argo CD label or annotation names what deployed it");
    }

    private Deployer? Find(EntryPointKind kind, Func<string, bool> named) =>
        deployers.FirstOrDefault(d => d.EntryPoint.Kind == kind && named(d.EntryPoint.Name));

    /// <summary>Argo CD names an application by its name, or <c>NAMESPACE_NAME</c> when applications live in other namespaces.</summary>
    private static bool IsApplication(string displayName, string app)
    {
        var slash = displayName.IndexOf('/', StringComparison.Ordinal);
        return displayName == app
            || (slash >= 0 && (displayName[(slash + 1)..] == app || displayName.Replace('/', '_') == app));
    }

    /// <summary>The object among what <paramref name="deployer"/> renders; else the file of its folder that defines it; else the folder, or the deployer's file.</summary>
    private ObjectTrace Locate(Deployer deployer, LiveObject obj, string via, string? folder)
    {
        var file = deployer.EntryPoint.File;
        if (Match(deployer.Objects, obj, null) is { } rendered)
        {
            return new ObjectTrace(rendered.File, via, null) { Line = rendered.Line, DeployerFile = file };
        }

        if (folder is null or "." or "")
        {
            return new ObjectTrace(file, via, null) { DeployerFile = file };
        }

        return Match(defined(obj.Kind.Kind), obj, folder + "/") is { } written
            ? new ObjectTrace(written.File, via, null) { Line = written.Line, DeployerFile = file }
            : new ObjectTrace(folder, via, null) { DeployerFile = file };
    }

    /// <summary>The object of the live object's kind and name: in its namespace first, then one that names no namespace, then any.</summary>
    private static DeployedObject? Match(IReadOnlyList<DeployedObject> objects, LiveObject obj, string? under)
    {
        var candidates = objects.Where(o => o.Kind == obj.Kind.Kind && o.Name == obj.Name && (under is null || o.File.StartsWith(under, StringComparison.Ordinal))).ToList();
        return candidates.FirstOrDefault(o => o.Namespace == obj.Namespace)
            ?? candidates.FirstOrDefault(o => string.IsNullOrEmpty(o.Namespace))
            ?? candidates.FirstOrDefault();
    }
}
