using Rampart.Cel;
using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Kubernetes.Admission;
using Rampart.Policies.Cel;
using Rampart.Policies.Evaluation;

namespace Rampart.Policies;

/// <summary>
/// Evaluates one CEL expression the way a policy's validation sees the request: the same environment (admission
/// variables, every library), the same view of the YAML tree, and the same <c>request</c>, <c>namespaceObject</c>,
/// <c>params</c> and <c>oldObject</c>, built by the same code as in a scan (<c>variables</c> is empty). This is
/// what <c>rampart policy eval</c> runs.
/// </summary>
public static class PolicyEval
{
    /// <exception cref="ArgumentException">The objects contradict the operation (see <see cref="PolicyEvalInput.Inconsistency"/>).</exception>
    /// <exception cref="CelInternalException">A function or the evaluator failed: a defect, not a result.</exception>
    public static PolicyEvalResult Evaluate(string expression, PolicyEvalInput input, CelEvaluationOptions? options = null)
    {
        if (input.Inconsistency() is { } problem)
        {
            throw new ArgumentException(problem, nameof(input));
        }

        var compiled = PolicyEnvironment.Validation.Compile(expression);
        if (!compiled.Success)
        {
            return new PolicyEvalResult(null, compiled.Errors);
        }

        options ??= CelEvaluationOptions.Default;
        var attributes = new AdmissionAttributes
        {
            Operation = input.EffectiveOperation,
            User = input.User,
            OldObject = input.OldObject is null ? null : Subject(input.OldObject),
            NamespaceObject = input.NamespaceObject,
            Params = input.Params,
        };
        var obj = input.Object is null ? null : Subject(input.Object);
        var scope = new ObjectScope(obj, attributes, RepositoryIndex.Empty, options);
        return new PolicyEvalResult(compiled.Program.Evaluate(new PolicyActivation(scope, policy: null), options), []);
    }

    /// <summary>An object given on its own, named by its <c>apiVersion</c>, <c>kind</c> and <c>metadata</c> where it has them.</summary>
    internal static KubernetesObject Subject(MappingNode root)
    {
        var metadata = root["metadata"] as MappingNode;
        var resource = new ResourceRef(Text(root, "apiVersion") ?? "", Text(root, "kind") ?? "", Text(metadata, "namespace"), Text(metadata, "name"));
        return new KubernetesObject("", 0, root, resource);
    }

    private static string? Text(MappingNode? map, string key) => map?[key] is ScalarNode { Kind: ScalarKind.String } s ? s.Text : null;
}
