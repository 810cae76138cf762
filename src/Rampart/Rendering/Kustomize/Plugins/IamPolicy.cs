using Rampart.Rendering.Kustomize.Build;
using Rampart.Rendering.Kustomize.Model;
using Rampart.Rendering.Kustomize.Tree;

namespace Rampart.Rendering.Kustomize.Plugins;

/// <summary>
/// The built-in IAMPolicyGenerator (cloud <c>gke</c>): a ServiceAccount bound to a Google service account through
/// the <c>iam.gke.io/gcp-service-account</c> annotation. Every generated field stands at the line that set it.
/// </summary>
internal static class IamPolicy
{
    public static bool Generate(KustomizationFile file, ResourceMap map, KMap config)
    {
        var cloud = file.StringOf(config["cloud"], "cloud");
        var service = config.Map("kubernetesService");
        var account = config.Map("serviceAccount");
        if (file.Context.Failed)
        {
            return false;
        }

        if (cloud != "gke")
        {
            return file.Fail($"IAMPolicyGenerator: cloud '{cloud}' is not supported (gke is)", config["cloud"] ?? config);
        }

        var name = service?["name"];
        var gsa = account?["name"];
        var project = account?["projectId"];
        if (Scalars.TextOf(name) is not { Length: > 0 } saName || Scalars.TextOf(gsa) is not { Length: > 0 } gsaName || Scalars.TextOf(project) is not { Length: > 0 } projectId)
        {
            return file.Fail("IAMPolicyGenerator needs kubernetesService.name, serviceAccount.name and serviceAccount.projectId", config);
        }

        var root = Scalars.EmptyMap(config);
        root.Set("apiVersion", Scalars.String("v1", config["kind"]!));
        root.Set("kind", Scalars.String("ServiceAccount", config["kind"]!));
        var metadata = Scalars.EmptyMap(name!);
        var annotations = Scalars.EmptyMap(gsa!);
        annotations.Set("iam.gke.io/gcp-service-account", Scalars.String($"{gsaName}@{projectId}.iam.gserviceaccount.com", gsa!));
        metadata.Set("annotations", annotations);
        metadata.Set("name", Scalars.String(saName, name!));
        if (service!["namespace"] is { } ns && Scalars.TextOf(ns) is { Length: > 0 } nsName)
        {
            metadata.Set("namespace", Scalars.String(nsName, ns));
        }

        root.Set("metadata", metadata);
        var resource = new Resource(root, file.Path) { Chain = [.. file.Context.Chain], Generator = BuiltinPlugins.Origin(file, config, "IAMPolicyGenerator") };
        if (map.ByCurrentId(resource.CurrentId) is not null)
        {
            return file.Fail($"may not add resource with an already registered id: {resource.CurrentId}", config);
        }

        map.Add(resource);
        return true;
    }
}
