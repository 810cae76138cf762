namespace Rampart.Policies;

/// <summary>One entry of <c>spec.matchConditions</c>: the policy applies only when every condition is true.</summary>
public sealed record PolicyMatchCondition(string Name, PolicyExpression Expression);
