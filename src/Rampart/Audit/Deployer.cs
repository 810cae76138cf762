using Rampart.Rendering;

namespace Rampart.Audit;

/// <summary>A Flux Kustomization or HelmRelease, or an Argo CD application, of the repository, and the objects it renders.</summary>
internal sealed record Deployer(EntryPoint EntryPoint, IReadOnlyList<DeployedObject> Objects);
