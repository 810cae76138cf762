using Rampart.Loading;
using Rampart.Policies.Matching;

namespace Rampart.Policies;

/// <summary>
/// A policy as loaded from a ValidatingAdmissionPolicy document: its Rampart metadata, what it matches, its
/// match conditions, variables and validations. <see cref="Variables"/> includes the variables Rampart injects
/// into pod-spec policies, first, so that export can write them out and the policy works unchanged in a cluster.
/// </summary>
public sealed record Policy
{
    /// <summary>The policy object's <c>metadata.name</c>.</summary>
    public required string Name { get; init; }
    public required PolicyMetadata Metadata { get; init; }

    /// <summary>The file the policy came from (relative to where it was loaded from; <c>builtin:…</c> for the pack).</summary>
    public required string SourcePath { get; init; }
    public Mark Start { get; init; }

    public required MatchResources MatchConstraints { get; init; }
    public IReadOnlyList<PolicyMatchCondition> MatchConditions { get; init; } = [];
    public IReadOnlyList<PolicyVariable> Variables { get; init; } = [];
    public required IReadOnlyList<PolicyValidation> Validations { get; init; }

    /// <summary><c>Fail</c> (the default) or <c>Ignore</c>: what an evaluation error means.</summary>
    public string FailurePolicy { get; init; } = "Fail";

    /// <summary>True when the policy is written once for a pod spec and applies to every workload kind.</summary>
    public bool PodSpec { get; init; }

    /// <summary><c>spec.paramKind</c> as <c>apiVersion/kind</c>, when the policy declares one.</summary>
    public string? ParamKind { get; init; }

    /// <summary>
    /// Kinds of repository objects bound to <c>params</c> as a <c>List</c> (the <c>rampart.dev/params</c>
    /// annotation), for checks that look across objects. Such policies need the repository and are not exported.
    /// </summary>
    public IReadOnlyList<KindReference> RepositoryParams { get; init; } = [];

    /// <summary>
    /// The parameters the policy takes (the <c>rampart.dev/parameters</c> annotation) and those <c>rampart.yaml</c>
    /// sets; null when it takes none. They are its <c>params</c>.
    /// </summary>
    public PolicyParameters? Parameters { get; init; }

    /// <summary>The policy document as written, for export.</summary>
    public required MappingNode Document { get; init; }

    public string Id => Metadata.Id;
}
