using Rampart.Policies.Matching;

namespace Rampart.Policies;

/// <summary>The parts of a policy's <c>spec</c> that Rampart evaluates.</summary>
internal sealed record PolicySpecBody(
    MatchResources MatchConstraints,
    IReadOnlyList<PolicyMatchCondition> MatchConditions,
    IReadOnlyList<PolicyVariable> Variables,
    IReadOnlyList<PolicyValidation> Validations,
    string FailurePolicy,
    string? ParamKind);
