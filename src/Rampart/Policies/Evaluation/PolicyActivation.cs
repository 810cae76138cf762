using Rampart.Cel;
using Rampart.Cel.Values;
using Rampart.Policies.Cel;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// The variables of one policy evaluated in one <see cref="ObjectScope"/>: <c>object</c>, <c>oldObject</c>,
/// <c>params</c>, <c>request</c>, <c>namespaceObject</c> and <c>variables</c> (<c>authorizer</c> is not declared).
/// Everything is resolved when first read: an expression that never reads <c>request</c> never builds it. Without
/// a policy (an expression tried alone) or variables, <c>variables</c> is empty. The policies of one object are run
/// one after the other with the same activation, bound to each in turn (<see cref="ObjectScope.ActivationFor"/>):
/// an activation and its variables made for every policy on every object were a tenth of what a scan allocated.
/// </summary>
internal sealed class PolicyActivation : ICelActivation
{
    private VariablesMap? variables;

    public PolicyActivation(ObjectScope scope, CompiledPolicy? policy)
    {
        Scope = scope;
        Params = CelNull.Instance;
        Variables = CelMap.Empty;
        Bind(policy);
    }

    public ObjectScope Scope { get; }
    public CelValue Params { get; private set; }
    public CelMap Variables { get; private set; }

    /// <summary>Makes this the activation of <paramref name="policy"/>: its <c>params</c>, its variables none evaluated yet.</summary>
    public void Bind(CompiledPolicy? policy)
    {
        Params = Scope.ParamsFor(policy);
        if (policy is null || policy.Variables.Count == 0)
        {
            Variables = CelMap.Empty;
            return;
        }

        variables ??= new VariablesMap(this);
        variables.Bind(policy);
        Variables = variables;
    }

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
