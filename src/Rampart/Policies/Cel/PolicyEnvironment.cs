using Rampart.Cel;
using Rampart.Cel.Libraries.Kubernetes;
using Rampart.Cel.Values;

namespace Rampart.Policies.Cel;

/// <summary>
/// The CEL environments policies compile in: the ValidatingAdmissionPolicy variables (<c>object</c>,
/// <c>oldObject</c>, <c>params</c>, <c>request</c>, <c>namespaceObject</c>, <c>variables</c>), all typed
/// <c>dyn</c>, and every function library Kubernetes offers. <c>authorizer</c> is not declared, so an expression
/// that reads it does not compile. Match conditions compile without <c>variables</c>, as in Kubernetes.
/// Environments are built once and shared (<see cref="PolicyEnvironments.Default"/>).
/// </summary>
public static class PolicyEnvironment
{
    public const string Object = "object";
    public const string OldObject = "oldObject";
    public const string Params = "params";
    public const string Request = "request";
    public const string NamespaceObject = "namespaceObject";
    public const string Variables = "variables";

    /// <summary>The variables of validations, variables and message expressions.</summary>
    public static IReadOnlyList<string> VariableNames { get; } = [Object, OldObject, Params, Request, NamespaceObject, Variables];

    /// <summary>For validations, variables and message expressions.</summary>
    public static CelEnvironment Validation => PolicyEnvironments.Default.Validation;

    /// <summary>For match conditions, which cannot see <c>variables</c>.</summary>
    public static CelEnvironment MatchCondition => PolicyEnvironments.Default.MatchCondition;

    /// <summary>
    /// A builder with the libraries and the admission variables declared, for hosts that add more
    /// (the <c>rampart policy eval</c> command, tests).
    /// </summary>
    public static CelEnvironmentBuilder CreateBuilder(bool includeVariables = true)
    {
        var builder = CelEnvironment.CreateBuilder().UseKubernetesEnvironment();
        foreach (var name in VariableNames)
        {
            if (includeVariables || name != Variables)
            {
                builder.AddVariable(name, CelType.Dyn);
            }
        }

        return builder;
    }

    /// <summary>The validation environment with the item variables of enclosing <c>all()</c> calls declared too.</summary>
    public static CelEnvironment WithItems(IReadOnlyList<string> items) => PolicyEnvironments.Default.WithItems(items);
}
