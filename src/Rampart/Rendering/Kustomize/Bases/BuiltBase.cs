using Rampart.Rendering.Kustomize.Config;
using Rampart.Rendering.Kustomize.Model;

namespace Rampart.Rendering.Kustomize.Bases;

/// <summary>What a base hands its parent: resources the parent owns and may transform, its configuration and vars (only read).</summary>
internal sealed record BuiltBase(IReadOnlyList<Resource> Resources, TransformerConfig Config, IReadOnlyList<VarDefinition> Vars);
