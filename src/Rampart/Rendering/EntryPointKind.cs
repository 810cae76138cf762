namespace Rampart.Rendering;

/// <summary>What starts a render: what Flux or Argo CD would apply, or a root nothing else points at.</summary>
public enum EntryPointKind
{
    /// <summary>A folder holding a kustomization that no other kustomization and no Flux or Argo CD object names.</summary>
    Kustomization,

    /// <summary>A chart folder that no other chart and no HelmRelease or Application names, rendered with its own values.</summary>
    Chart,

    /// <summary>A Flux <c>Kustomization</c> (kustomize.toolkit.fluxcd.io).</summary>
    FluxKustomization,

    /// <summary>A Flux <c>HelmRelease</c> (helm.toolkit.fluxcd.io).</summary>
    FluxHelmRelease,

    /// <summary>An Argo CD <c>Application</c> (argoproj.io).</summary>
    ArgoApplication,

    /// <summary>One application an Argo CD <c>ApplicationSet</c> generates.</summary>
    ArgoApplicationSet,
}
