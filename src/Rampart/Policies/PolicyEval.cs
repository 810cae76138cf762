using Rampart.Cel;
using Rampart.Cel.Values;
using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;
using Rampart.Policies.Cel;
using Rampart.Policies.Evaluation;
using Rampart.Policies.Matching;

namespace Rampart.Policies;

/// <summary>
/// Evaluates one CEL expression the way a policy's validation would see it: the same environment (admission
/// variables, every library) and the same view of the YAML tree. This is what <c>rampart policy eval</c> runs.
/// </summary>
public static class PolicyEval
{
    public static PolicyEvalResult Evaluate(string expression, PolicyEvalInput input, CelEvaluationOptions? options = null)
    {
        var compiled = PolicyEnvironment.Validation.Compile(expression);
        if (!compiled.Success)
        {
            return new PolicyEvalResult(null, compiled.Errors);
        }

        var activation = new CelActivation()
            .Add(PolicyEnvironment.Object, Value(input.Object))
            .Add(PolicyEnvironment.OldObject, Value(input.OldObject))
            .Add(PolicyEnvironment.Params, input.Params is null ? CelNull.Instance : NodeValues.From(input.Params))
            .Add(PolicyEnvironment.NamespaceObject, Value(input.NamespaceObject))
            .Add(PolicyEnvironment.Request, Request(input))
            .Add(PolicyEnvironment.Variables, CelMap.Empty);
        return new PolicyEvalResult(compiled.Program.Evaluate(activation, options ?? CelEvaluationOptions.Default), []);
    }

    private static CelValue Value(MappingNode? node) => node is null ? CelNull.Instance : new NodeMap(node);

    private static CelValue Request(PolicyEvalInput input)
    {
        var subject = input.Object ?? input.OldObject;
        if (subject is null)
        {
            return CelNull.Instance;
        }

        var operation = input.Object is null ? "DELETE" : input.OldObject is null ? "CREATE" : "UPDATE";
        var metadata = subject["metadata"] as MappingNode;
        var resource = new ResourceRef(Text(subject, "apiVersion") ?? "", Text(subject, "kind") ?? "", metadata is null ? null : Text(metadata, "namespace"), metadata is null ? null : Text(metadata, "name"));
        var obj = new KubernetesObject("", 0, subject, resource);
        return AdmissionRequest.For(obj, KindCatalog.Default.Resolve(resource), operation);
    }

    private static string? Text(MappingNode map, string key) => map[key] is ScalarNode { Kind: ScalarKind.String } s ? s.Text : null;
}
