namespace Rampart.Policies;

/// <summary>One entry of <c>spec.variables</c>: a named CEL expression available as <c>variables.&lt;name&gt;</c>.</summary>
public sealed record PolicyVariable(string Name, PolicyExpression Expression)
{
    /// <summary>True for the variables Rampart adds to pod-spec policies (<c>pod</c>, <c>podSpec</c>, <c>containers</c>, …).</summary>
    public bool IsInjected { get; init; }
}
