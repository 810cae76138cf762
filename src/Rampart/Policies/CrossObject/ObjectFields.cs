using Rampart.Findings;
using Rampart.Kubernetes;
using Rampart.Loading;

namespace Rampart.Policies.CrossObject;

/// <summary>Reading the few fields the cross-object checks key on, and making the finding that points at one of them.</summary>
internal static class ObjectFields
{
    public static MappingNode? Map(Node? node, string key) => (node as MappingNode)?[key] as MappingNode;

    public static string? Text(Node? node, string key) => ((node as MappingNode)?[key] as ScalarNode)?.Text is { Length: > 0 } text ? text : null;

    /// <summary>The finding of <paramref name="rule"/> at <paramref name="node"/> (named by <paramref name="fieldPath"/>), through <paramref name="decide"/>.</summary>
    public static Finding Decided(RuleDescriptor rule, KubernetesObject obj, Node node, string fieldPath, string message, Func<Finding, Finding> decide) =>
        decide(rule.Report(message, new SourceLocation(obj.Path, node.Start.Line, node.Start.Column, FieldPath: fieldPath), obj.Resource));
}
