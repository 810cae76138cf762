using Rampart.Cel;
using Rampart.Cel.Values;
using Rampart.Policies.Cel;

namespace Rampart.Policies.Evaluation;

/// <summary>
/// The variables of one policy evaluated on one object. Everything is resolved when first read: an expression
/// that never reads <c>request</c> never builds it.
/// </summary>
internal sealed class PolicyActivation : ICelActivation
{
    public PolicyActivation(ObjectScope scope, CompiledPolicy policy, CelValue parameters)
    {
        Scope = scope;
        Params = parameters;
        Variables = new VariablesMap(this, policy);
    }

    public ObjectScope Scope { get; }
    public CelValue Params { get; }
    public VariablesMap Variables { get; }

    public bool TryResolve(string name, out CelValue value)
    {
        value = name switch
        {
            PolicyEnvironment.Object => Scope.Root,
            PolicyEnvironment.Variables => Variables,
            PolicyEnvironment.OldObject => CelNull.Instance,
            PolicyEnvironment.Params => Params,
            PolicyEnvironment.Request => Scope.Request,
            PolicyEnvironment.NamespaceObject => Scope.NamespaceObject,
            _ => null!,
        };
        return value is not null;
    }
}
