using Rampart.Cel;
using Rampart.Cel.Values;
using Rampart.Policies.Cel;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// The variables of one policy evaluated in one <see cref="ObjectScope"/>: <c>object</c>, <c>oldObject</c>,
/// <c>params</c>, <c>request</c>, <c>namespaceObject</c> and <c>variables</c> (<c>authorizer</c> is not declared).
/// Everything is resolved when first read: an expression that never reads <c>request</c> never builds it. Without
/// a policy (an expression tried alone) or variables, <c>variables</c> is empty.
/// </summary>
internal sealed class PolicyActivation : ICelActivation
{
    public PolicyActivation(ObjectScope scope, CompiledPolicy? policy)
    {
        Scope = scope;
        Params = scope.ParamsFor(policy);
        Variables = policy is null || policy.Variables.Count == 0 ? CelMap.Empty : new VariablesMap(this, policy);
    }

    public ObjectScope Scope { get; }
    public CelValue Params { get; }
    public CelMap Variables { get; }

    public bool TryResolve(string name, out CelValue value)
    {
        value = name switch
        {
            PolicyEnvironment.Object => Scope.Root,
            PolicyEnvironment.Variables => Variables,
            PolicyEnvironment.OldObject => Scope.OldRoot,
            PolicyEnvironment.Params => Params,
            PolicyEnvironment.Request => Scope.Request,
            PolicyEnvironment.NamespaceObject => Scope.NamespaceObject,
            _ => null!,
        };
        return value is not null;
    }
}
